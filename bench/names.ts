// Synthetic names in English and Chinese. Each name is built from pinyin syllables with the
// matching characters, so every entity has a Chinese alias the cjk full-text analyzer can find
// (华新龙汽车 for "Huaxinlong Motors"), and English names share syllables the way real ones do,
// which gives the full-text index realistic term statistics and fuzzy matching realistic work.
import type { EntityKind } from '#vocabulary';
import type { Rng } from './random';

const SYLLABLES: readonly (readonly [string, string])[] = [
  ['hua', '华'], ['xin', '新'], ['tai', '泰'], ['long', '龙'], ['feng', '风'], ['chang', '长'], ['an', '安'],
  ['ji', '吉'], ['li', '利'], ['guang', '广'], ['dong', '东'], ['nan', '南'], ['bei', '北'], ['hai', '海'],
  ['jiang', '江'], ['huai', '淮'], ['zhong', '中'], ['tian', '天'], ['yuan', '远'], ['sheng', '盛'],
  ['kai', '凯'], ['rui', '瑞'], ['bo', '博'], ['teng', '腾'], ['xiang', '翔'], ['da', '达'], ['heng', '恒'],
  ['jin', '金'], ['ming', '明'], ['yu', '宇'], ['hong', '宏'], ['ling', '领'], ['wei', '威'], ['fei', '飞'],
  ['xing', '星'], ['chen', '辰'], ['lan', '蓝'], ['shan', '山'], ['he', '合'], ['qi', '启'],
];

const SURNAMES: readonly (readonly [string, string])[] = [
  ['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Zhao', '赵'],
  ['Huang', '黄'], ['Zhou', '周'], ['Wu', '吴'], ['Xu', '徐'], ['Sun', '孙'], ['Ma', '马'], ['Zhu', '朱'],
];

/** English words and Chinese ending for each kind: "Motors" / 汽车. Brands carry no suffix. */
const SUFFIXES: Record<EntityKind, readonly (readonly [string, string])[]> = {
  AUTOMAKER: [['Motors', '汽车'], ['Automobile', '汽车'], ['Auto', '汽车']],
  EV_STARTUP: [['Auto', '汽车'], ['New Energy', '新能源'], ['EV', '电动']],
  STATE_OWNED_GROUP: [['Group', '集团'], ['Automotive Group', '汽车集团'], ['Holdings', '控股']],
  SUBSIDIARY: [['Manufacturing', '制造'], ['Motor Co', '汽车公司'], ['Vehicle Works', '车辆厂']],
  BRAND: [['', '']],
  TECH_COMPANY: [['Technology', '科技'], ['Intelligent Drive', '智驾'], ['Software', '软件']],
  PLANT: [['Plant', '工厂'], ['Assembly Plant', '总装厂'], ['Production Base', '生产基地']],
  AGENCY: [['Industry Administration', '工业管理局'], ['Development Commission', '发展委员会']],
  PERSON: [['', '']],
  POLICY: [['Vehicle Production Rules', '汽车生产规定'], ['New Energy Vehicle Measures', '新能源汽车办法']],
  INDUSTRY_ASSOCIATION: [['Automobile Association', '汽车协会']],
  RESEARCH_INSTITUTE: [['Automotive Research Institute', '汽车研究院']],
  UNIVERSITY: [['University', '大学']],
};

const OTHER_COUNTRIES = ['US', 'DE', 'JP', 'KR', 'FR', 'GB', 'SE'] as const;

export interface SyntheticName {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  /** The pinyin core ("Huaxinlong") and its characters ("华新龙"), which search benchmarks type. */
  core: string;
  coreHan: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Hands out names that are unique across the whole graph (ids are derived from them). */
export class NameMaker {
  private readonly usedCores = new Set<string>();
  private readonly usedIds = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A fresh pinyin core of 2-4 syllables; longer ones once the short ones run out. */
  private core(minSyllables: number): [string, string] {
    for (let attempt = 0; ; attempt++) {
      const count = minSyllables + this.rng.int(2) + Math.floor(attempt / 20);
      const parts = Array.from({ length: count }, () => this.rng.pick(SYLLABLES));
      const latin = parts.map(([p]) => p).join('');
      if (this.usedCores.has(latin)) continue;
      this.usedCores.add(latin);
      return [capitalise(latin), parts.map(([, h]) => h).join('')];
    }
  }

  private uniqueId(base: string): string {
    let id = slug(base);
    for (let n = 2; this.usedIds.has(id); n++) id = `${slug(base)}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  make(kind: EntityKind): SyntheticName {
    const country = this.rng.chance(0.85) ? 'CN' : this.rng.pick(OTHER_COUNTRIES);
    const [suffix, suffixHan] = this.rng.pick(SUFFIXES[kind]);
    if (kind === 'PERSON') {
      const [surname, surnameHan] = this.rng.pick(SURNAMES);
      const [given, givenHan] = this.core(1);
      const name = `${surname} ${given}`;
      return { id: this.uniqueId(name), name, aliases: [`${surnameHan}${givenHan}`], country, core: given, coreHan: givenHan };
    }
    const [core, coreHan] = this.core(2);
    const name = suffix ? `${core} ${suffix}` : core;
    const aliases = [`${coreHan}${suffixHan}`];
    // Some entities also go by a second Chinese form or an English variant, as real ones do.
    if (suffix && this.rng.chance(0.3)) aliases.push(coreHan);
    if (this.rng.chance(0.2)) aliases.push(`${core} ${this.rng.pick(['Co', 'Ltd', 'Inc'])}`);
    return { id: this.uniqueId(name), name, aliases, country, core, coreHan };
  }
}
