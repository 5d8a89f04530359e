// Which kind of entity a new name is, from the words it is made of: the word lists are data, so a
// new head word is one line. English heads are read from the end of the name ("… Motor Industry
// Group"), except the few that lead ("Ministry of …", "University of …"); Chinese ones are suffixes.
import type { EntityKind } from '#vocabulary';

export interface KindGuess { kind: EntityKind; why: string; score: number }

/** Words that say what an English name is when they end it (lower-case). */
const ENGLISH_TAIL_HEADS: Record<string, EntityKind> = {
  ministry: 'AGENCY', commission: 'AGENCY', administration: 'AGENCY', bureau: 'AGENCY', department: 'AGENCY',
  agency: 'AGENCY', council: 'AGENCY', government: 'AGENCY', office: 'AGENCY', regulator: 'AGENCY',
  plant: 'PLANT', factory: 'PLANT', base: 'PLANT', works: 'PLANT', gigafactory: 'PLANT',
  association: 'INDUSTRY_ASSOCIATION', federation: 'INDUSTRY_ASSOCIATION', alliance: 'INDUSTRY_ASSOCIATION', chamber: 'INDUSTRY_ASSOCIATION',
  university: 'UNIVERSITY', college: 'UNIVERSITY',
  institute: 'RESEARCH_INSTITUTE', academy: 'RESEARCH_INSTITUTE', laboratory: 'RESEARCH_INSTITUTE', lab: 'RESEARCH_INSTITUTE',
  rules: 'POLICY', regulations: 'POLICY', measures: 'POLICY', policy: 'POLICY', provisions: 'POLICY', guidelines: 'POLICY',
  plan: 'POLICY', programme: 'POLICY', program: 'POLICY', scheme: 'POLICY', law: 'POLICY', catalogue: 'POLICY', notice: 'POLICY',
  motors: 'AUTOMAKER', motor: 'AUTOMAKER', auto: 'AUTOMAKER', automobile: 'AUTOMAKER', automotive: 'AUTOMAKER', cars: 'AUTOMAKER',
  vehicle: 'AUTOMAKER', vehicles: 'AUTOMAKER', energy: 'AUTOMAKER', mobility: 'AUTOMAKER', automobiles: 'AUTOMAKER',
  components: 'TECH_COMPANY', parts: 'TECH_COMPANY', logistics: 'TECH_COMPANY', securities: 'TECH_COMPANY', systems: 'TECH_COMPANY', batteries: 'TECH_COMPANY', battery: 'TECH_COMPANY', ventures: 'TECH_COMPANY', capital: 'TECH_COMPANY', partners: 'TECH_COMPANY',
  technology: 'TECH_COMPANY', technologies: 'TECH_COMPANY', tech: 'TECH_COMPANY', electronics: 'TECH_COMPANY', software: 'TECH_COMPANY',
  group: 'AUTOMAKER', industries: 'AUTOMAKER', industry: 'AUTOMAKER', holdings: 'AUTOMAKER', holding: 'AUTOMAKER',
};

/** Legal-form words: they make a name a company, but a word before them says which kind. */
const ENGLISH_LEGAL_FORMS = new Set(['co', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'company', 'plc', 'llc', 'ag', 'gmbh', 'sa', 'spa', 'bv', 'nv']);

/** Heads that lead the name: "Ministry of Transport", "University of Science and Technology". */
const ENGLISH_LEAD_HEADS: Record<string, EntityKind> = {
  ministry: 'AGENCY', department: 'AGENCY', bureau: 'AGENCY', office: 'AGENCY', commission: 'AGENCY', administration: 'AGENCY',
  university: 'UNIVERSITY', institute: 'RESEARCH_INSTITUTE', academy: 'RESEARCH_INSTITUTE', association: 'INDUSTRY_ASSOCIATION',
};

/** Words in a "… Group" name that mark a state holding ("Motor Industry Group", "Investment Group"). */
const STATE_GROUP_WORDS = new Set(['industry', 'industrial', 'investment', 'state', 'municipal', 'provincial', 'assets', 'construction']);

export const isLeadHead = (word: string): boolean => Object.hasOwn(ENGLISH_LEAD_HEADS, word.toLowerCase());

/** Where a leading head followed by "of" stands among a name's first four words (lower-case), or -1. */
export function leadHeadAt(lower: readonly string[]): number {
  for (let k = 0; k <= 3 && k + 2 < lower.length; k++) if (lower[k + 1] === 'of' && Object.hasOwn(ENGLISH_LEAD_HEADS, lower[k] ?? '')) return k;
  return -1;
}
export const isTailHead = (word: string): boolean => Object.hasOwn(ENGLISH_TAIL_HEADS, word.toLowerCase());

/** Lower-case heads that may follow a capitalised name and belong to it ("the Hefei plant", "its Dual Credit policy"). */
export const TRAILING_LOWER_HEADS = new Set(['plant', 'factory', 'base', 'policy', 'rules', 'regulations', 'measures', 'scheme', 'programme', 'program', 'gigafactory']);

/**
 * The kind an English name's words give, or null when they say nothing (a place, an outlet, a
 * word that happens to be capitalised). `words` are the name's words as written; `placeFirst`
 * says the first word is a place name, which makes a "… Group" a state holding.
 */
export function englishKind(words: readonly string[], placeFirst: boolean, parenthesised: boolean): KindGuess | null {
  const lower = words.map((w) => w.toLowerCase().replace(/[.,]/g, '')).filter(Boolean);
  // "Ministry of …", and with up to three words before the head ("General Administration of …",
  // "Hubei Provincial Department of …", "Guangdong Provincial People's Office of …").
  const at = Math.max(0, leadHeadAt(lower));
  const lead = lower[at];
  if (lead && lower.length > at + 2 && lower[at + 1] === 'of' && Object.hasOwn(ENGLISH_LEAD_HEADS, lead)) {
    const kind = ENGLISH_LEAD_HEADS[lead] as EntityKind;
    return { kind, why: `'${words[at] ?? ''} of …' → ${kind}`, score: 0.7 };
  }
  let legalForm = false;
  for (let i = lower.length - 1; i >= 0; i--) {
    const word = lower[i] as string;
    if (ENGLISH_LEGAL_FORMS.has(word)) { legalForm = true; continue; }
    const kind = ENGLISH_TAIL_HEADS[word];
    if (!kind || (i === 0 && lower.length > 1 && kind !== 'POLICY')) break;
    if (i === 0 && lower.length === 1) return null;
    const head = words[i] ?? word;
    if (parenthesised && legalForm && kind !== 'AGENCY') return { kind: 'SUBSIDIARY', why: `a legal name with a place in brackets ('${head}') → SUBSIDIARY`, score: 0.6 };
    if (word === 'group' && (placeFirst || lower.some((w) => STATE_GROUP_WORDS.has(w)))) {
      return { kind: 'STATE_OWNED_GROUP', why: `'Group' after ${placeFirst ? 'a place name' : 'an industry word'} → STATE_OWNED_GROUP`, score: 0.6 };
    }
    return { kind, why: `'${head}' → ${kind}`, score: kind === 'AUTOMAKER' && (word === 'group' || word === 'holdings') ? 0.55 : 0.65 };
  }
  if (legalForm && lower.some((w) => !ENGLISH_LEGAL_FORMS.has(w))) return { kind: parenthesised ? 'SUBSIDIARY' : 'AUTOMAKER', why: `a legal form ('${words.at(-1) ?? ''}') → ${parenthesised ? 'SUBSIDIARY' : 'AUTOMAKER'}`, score: 0.6 };
  return null;
}

/** Chinese suffixes, longest first where one ends another (有限公司 before 公司). */
const CHINESE_SUFFIXES: readonly (readonly [string, EntityKind])[] = [
  ['股份有限公司', 'AUTOMAKER'], ['有限公司', 'AUTOMAKER'], ['公司', 'AUTOMAKER'], ['汽车', 'AUTOMAKER'], ['汽车集团', 'AUTOMAKER'], ['乘用车', 'AUTOMAKER'], ['商用车', 'AUTOMAKER'],
  ['集团', 'AUTOMAKER'], ['控股', 'AUTOMAKER'], ['车企', 'AUTOMAKER'], ['科技', 'TECH_COMPANY'], ['新能源', 'AUTOMAKER'],
  ['电池', 'TECH_COMPANY'], ['能源', 'TECH_COMPANY'], ['电子', 'TECH_COMPANY'], ['资本', 'STATE_OWNED_GROUP'], ['创投', 'TECH_COMPANY'], ['基金', 'STATE_OWNED_GROUP'], ['超级工厂', 'PLANT'],
  ['委员会', 'AGENCY'], ['部', 'AGENCY'], ['委', 'AGENCY'], ['局', 'AGENCY'], ['署', 'AGENCY'], ['厅', 'AGENCY'], ['政府', 'AGENCY'],
  ['工厂', 'PLANT'], ['厂', 'PLANT'], ['基地', 'PLANT'], ['工业园', 'PLANT'],
  ['协会', 'INDUSTRY_ASSOCIATION'], ['联合会', 'INDUSTRY_ASSOCIATION'], ['联盟', 'INDUSTRY_ASSOCIATION'],
  ['大学', 'UNIVERSITY'], ['学院', 'UNIVERSITY'], ['研究院', 'RESEARCH_INSTITUTE'], ['研究所', 'RESEARCH_INSTITUTE'], ['实验室', 'RESEARCH_INSTITUTE'],
  ['规定', 'POLICY'], ['办法', 'POLICY'], ['条例', 'POLICY'], ['政策', 'POLICY'], ['意见', 'POLICY'], ['通知', 'POLICY'], ['规划', 'POLICY'], ['细则', 'POLICY'],
];
const CHINESE_GENERIC = ['有限公司', '股份有限公司', '公司'];
const CHINESE_STATE_WORDS = ['工业', '投资', '控股', '国有', '省', '市'];

/** The suffix a Chinese name ends with, if it names a kind. */
export function chineseSuffix(name: string): string | null {
  let best: string | null = null;
  for (const [suffix] of CHINESE_SUFFIXES) if (name.endsWith(suffix) && name.length > suffix.length && (!best || suffix.length > best.length)) best = suffix;
  return best;
}

/** The kind a Chinese name's suffix gives ("…汽车" → AUTOMAKER, "…部" → AGENCY), or null. */
export function chineseKind(name: string): KindGuess | null {
  const suffix = chineseSuffix(name);
  if (!suffix) return null;
  let kind = (CHINESE_SUFFIXES.find(([s]) => s === suffix)?.[1] ?? 'AUTOMAKER');
  let why = `'${suffix}' → ${kind}`;
  if (CHINESE_GENERIC.includes(suffix)) {
    const inner = chineseKind(name.slice(0, -suffix.length));
    if (inner && inner.kind !== 'AGENCY' && inner.kind !== 'POLICY') { kind = inner.kind; why = `${inner.why}, '${suffix}'`; }
  }
  if (name.includes('集团') && CHINESE_STATE_WORDS.some((w) => name.includes(w))) { kind = 'STATE_OWNED_GROUP'; why = `'集团' with '${CHINESE_STATE_WORDS.find((w) => name.includes(w)) ?? ''}' → STATE_OWNED_GROUP`; }
  return { kind, why, score: 0.6 };
}

/** Title words before or after a person's name. */
export const ENGLISH_TITLES = new Set(['ceo', 'chairman', 'chairwoman', 'president', 'founder', 'co-founder', 'chief', 'executive', 'officer', 'director',
  'minister', 'vice', 'deputy', 'mr', 'ms', 'mrs', 'dr', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'mayor', 'governor', 'general', 'manager', 'head', 'cfo', 'cto', 'coo']);
/** The commonest Chinese surnames (one character; two for the compound ones), for names jieba does not tag as people. */
const CHINESE_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤古雍尚葛殷施牛洪庞樊兰祝鲁倪温']);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容', '令狐', '皇甫'];
export const isChineseSurname = (name: string): boolean => CHINESE_SURNAMES.has(name[0] ?? '') || COMPOUND_SURNAMES.some((s) => name.startsWith(s) && name.length > s.length);

export const CHINESE_TITLES = ['董事长', '总裁', '总经理', '首席执行官', '创始人', '联合创始人', '董事', '主席', '部长', '副部长', '市长', '书记', '发言人', '副总裁', '总监', '省长', 'CEO', '秘书长', '副总经理', '总工程师', '负责人', '副董事长', '执行董事', '首席技术官', '首席财务官', '局长', '主任', '院长', '会长', '理事长'];

/** Words that, after "the", refer back to an entity of a kind: "the carmaker" → the last company. */
export const COREF_NOUNS: Record<string, 'Company' | 'Agency' | 'Plant'> = {
  company: 'Company', carmaker: 'Company', automaker: 'Company', startup: 'Company', 'start-up': 'Company', group: 'Company',
  firm: 'Company', manufacturer: 'Company', automobile: 'Company', maker: 'Company', brand: 'Company', 'ev maker': 'Company', venture: 'Company',
  ministry: 'Agency', regulator: 'Agency', agency: 'Agency', commission: 'Agency', department: 'Agency', bureau: 'Agency',
  plant: 'Plant', factory: 'Plant', facility: 'Plant', site: 'Plant',
};
/** Head nouns of a longer description ("the Abu Dhabi-based investor") that refer back to a company. */
export const DESCRIPTION_HEADS: Record<string, 'Company' | 'Agency' | 'Plant'> = {
  investor: 'Company', fund: 'Company', buyer: 'Company', bidder: 'Company', lender: 'Company', conglomerate: 'Company', giant: 'Company',
  supplier: 'Company', partner: 'Company', seller: 'Company', owner: 'Company', parent: 'Company', 'battery maker': 'Company', maker: 'Company',
};
/** Words in a description that say which kind it means ("the state-owned group"). */
export const DESCRIPTION_KINDS: Record<string, EntityKind> = {
  'state-owned': 'STATE_OWNED_GROUP', 'state-backed': 'STATE_OWNED_GROUP', 'government-backed': 'STATE_OWNED_GROUP', sovereign: 'STATE_OWNED_GROUP', fund: 'STATE_OWNED_GROUP',
  startup: 'EV_STARTUP', 'start-up': 'EV_STARTUP', battery: 'TECH_COMPANY', tech: 'TECH_COMPANY', technology: 'TECH_COMPANY', 'chip': 'TECH_COMPANY', carmaker: 'AUTOMAKER', automaker: 'AUTOMAKER',
};

export const CHINESE_COREF: readonly (readonly [string, 'Company' | 'Agency' | 'Plant' | 'Subject'])[] = [
  ['该公司', 'Company'], ['该集团', 'Company'], ['该企业', 'Company'], ['该车企', 'Company'], ['该品牌', 'Company'],
  ['该部门', 'Agency'], ['该部', 'Agency'], ['该委', 'Agency'], ['该局', 'Agency'], ['该工厂', 'Plant'], ['该厂', 'Plant'],
  ['其', 'Subject'], ['它', 'Subject'], ['后者', 'Company'],
];
