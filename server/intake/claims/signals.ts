// The words around a relation cue that set its status, stance and attribution: hedges, plans,
// reporting, denials, ends. Data only, listed in docs/intake.md like the relation cues (cues.ts),
// in the same phrase syntax. Hand-written for the same reason: no library knows what "is said to"
// does to a claim's status.
import type { Language } from '../types';

export type SignalFamily =
  | 'hedge' | 'reported' | 'plan' | 'denial' | 'negation' | 'end' | 'qualify'
  | 'outlet' | 'anonymous' | 'record' | 'speech';

export interface SignalCue {
  family: SignalFamily;
  lang: Language;
  phrases: readonly string[];
}

/** What each family does to a candidate, as the doc and the `why` line say it. */
export const SIGNAL_EFFECTS: Record<SignalFamily, string> = {
  hedge: 'status RUMOURED; an ACQUIRED cue becomes PLANS_TO_ACQUIRE',
  reported: 'status REPORTED (passed on, not vouched for)',
  plan: 'an ACQUIRED cue becomes PLANS_TO_ACQUIRE (the status is kept)',
  denial: 'stance CONTRADICTS; status DENIED when a party or the article denies it',
  negation: 'right before the cue: stance CONTRADICTS, status DENIED',
  end: 'status ENDED, marksEnd; validTo from a "to" date, else the publication date as NOT_AFTER',
  qualify: 'stance QUALIFIES (withholds confirmation)',
  outlet: 'attribution OUTLET (named when the sentence names it), status REPORTED',
  anonymous: 'attribution ANONYMOUS, status REPORTED',
  record: 'attribution OFFICIAL_RECORD, status CONFIRMED',
  speech: 'the speaker before (or after) the verb: PARTY when it is an entity, OUTLET or ANONYMOUS by its words',
};

export const SIGNAL_CUES: readonly SignalCue[] = [
  { family: 'hedge', lang: 'en', phrases: [
    '(may && !#Month)', 'might', 'could', '{consider}', '{explore}', 'possibly', 'potentially', 'likely', '{be} expected to', '{be} likely to',
    'rumoured', 'rumored', '(rumour|rumours|rumor|rumors)', 'speculation', '{weigh}', '{be} believed to', 'reportedly considering', '{be} said to',
    'in (early|preliminary) talks', '{eye}', '{mull}',
  ] },
  { family: 'hedge', lang: 'zh', phrases: ['或将', '可能', '有望', '传闻', '据传', '传出', '考虑', '探讨', '寻求', '或许', '疑似'] },
  { family: 'reported', lang: 'en', phrases: ['reportedly', 'allegedly', '{be} reported to', '{be} understood to', 'it is understood'] },
  { family: 'reported', lang: 'zh', phrases: ['据悉', '据了解', '消息称', '据称', '据报道'] },
  { family: 'plan', lang: 'en', phrases: [
    '{plan} to', '{intend} to', '{aim} to', 'will', 'would', '{be} going to', '{agree} to', '{seek} to', '{propose} to', '{prepare} to',
    '{be} set to', '{look} to', '{offer} to', 'plans', 'deal to',
  ] },
  { family: 'plan', lang: 'zh', phrases: ['拟', '计划', '将', '准备', '打算', '有意', '意向', '筹划', '欲'] },
  { family: 'denial', lang: 'en', phrases: [
    '{deny}', 'denial', 'groundless', 'baseless', 'untrue', 'not true', 'false', 'fake news', '{dismiss}', '{refute}', '{reject} .? (report|reports|claims|rumours|rumors|speculation)',
    'no such (plan|plans|deal|talks)', '{have} no plans? to', '{rule} out', 'not heard of', 'never heard of', '{call} .? .? (groundless|baseless|untrue|false|fake|nonsense)', 'not a (shareholder|unit|subsidiary|partner)',
    'not consistent with the facts', 'inconsistent with the facts', 'pure speculation', 'purely speculative', 'without (foundation|basis)', 'no basis', '{be} inaccurate', 'not accurate', 'nonsense',
    '{describe} .? .? as (speculation|speculative|groundless|baseless|untrue|false|rumour|rumours|rumor|rumors|nonsense|inaccurate)',
    '{characterize} .? .? as (speculation|speculative|groundless|baseless|untrue|false|nonsense)', 'no truth (to|in)', 'wide of the mark', 'not the case',
  ] },
  { family: 'denial', lang: 'zh', phrases: ['否认', '不实', '辟谣', '谣言', '纯属', '子虚乌有', '并无此事', '没有…计划', '并无…计划', '并无…打算', '没有…意向', '不存在', '并不属实', '从未',
    '不属实', '失实', '并无', '无意', '澄清', '没有…打算', '捏造', '无此计划', '暂无…计划', '未曾', '与事实不符', '不符合事实', '无稽之谈', '毫无根据', '没有根据'] },
  { family: 'negation', lang: 'en', phrases: ['not', 'never', "n't", 'no', 'neither', 'nor'] },
  { family: 'negation', lang: 'zh', phrases: ['不是', '并非', '并未', '没有', '未', '不'] },
  { family: 'end', lang: 'en', phrases: [
    'no longer', '{end}', '{terminate}', '{stop}', '{cease}', '{quit}', '{exit}', 'formerly', 'former', 'previously', 'used to', '{dissolve}', '{scrap}',
    '{wind} down', '{pull} out of', '{split} from', '{part} ways', 'until', '{step} down', '{resign}', '{retire}', '{leave} (the|his|her|its)? (post|role|job|position|board)',
  ] },
  { family: 'end', lang: 'zh', phrases: ['终止', '结束', '停止', '解除', '不再', '曾经', '曾是', '原为', '原属', '退出', '分道扬镳', '独立出来', '分拆', '卸任', '辞去', '辞任', '离任'] },
  { family: 'qualify', lang: 'en', phrases: [
    '(remain|remains|remained) undisclosed', 'no definitive information', '(unclear|not clear) (whether|if|how)', 'could not be reached', '{decline} to comment',
    '{do} not respond', '{have} not (yet)? (confirmed|commented|issued)', 'not yet (confirmed|clear)', 'no (comment|details)',
  ] },
  { family: 'qualify', lang: 'zh', phrases: ['未予置评', '尚不清楚', '暂无', '尚未确认', '不予置评', '未回应', '尚未公布'] },
  { family: 'outlet', lang: 'en', phrases: [
    'according to', '{report}', '(report|reports) (said|says|say|showed|shows)', 'as cited by', '{cite}',
    '(media|press) (report|reports)', 'local media', '(reports|report) that',
  ] },
  { family: 'outlet', lang: 'zh', phrases: ['据…报道', '据…消息', '报道称', '报道', '援引', '媒体'] },
  { family: 'anonymous', lang: 'en', phrases: [
    '(a|an|one|two|three|several)? (source|sources|insider|insiders|person|people|individual|individuals) (familiar with|close to|with knowledge of|briefed on|who asked not to be named)',
    '(a|an) .? .? source', 'sources (said|say|told)', '{say} (a|one|two)? .? .? (source|sources)', '(industry|company)? (insider|insiders)', 'people familiar',
  ] },
  { family: 'anonymous', lang: 'zh', phrases: ['知情人士', '消息人士', '内部人士', '接近…人士', '业内人士', '相关人士', '知情者', '有消息称', '有传闻称', '市场传闻', '市场消息'] },
  { family: 'record', lang: 'en', phrases: [
    '(database|register|registry|filing|filings|records|catalogue|catalog|listing|registration) (show|shows|showed|list|lists|listed)',
    'according to .? .? .? (database|register|registry|filing|filings|records|catalogue|catalog|registration|notice|notices|gazette)', '(notice|notices) on .? .? .? website', '{file} with', '(noted|listed|shown) on .? .? website',
    '(added|listed|included) (to|in|on) .? .? .? (database|catalogue|catalog|list|register|directory)',
  ] },
  { family: 'record', lang: 'zh', phrases: ['工商信息显示', '工商资料显示', '公告显示', '信息显示', '天眼查', '企查查', '目录显示', '公示', '列入…目录'] },
  { family: 'speech', lang: 'en', phrases: [
    '{say}', '{tell}', '{announce}', '{confirm}', '{state}', 'in a statement', '{add}', '{disclose}', '{reveal}', '{explain}', '{note}', '{write}',
  ] },
  { family: 'speech', lang: 'zh', phrases: ['表示', '称', '宣布', '确认', '声明', '透露', '回应', '证实', '指出', '说', '介绍', '强调', '坦言'] },
];

/** Words that make a speaker an outlet ("local media outlet X", "the newspaper"). */
export const OUTLET_WORDS = [
  'media', 'outlet', 'news', 'newspaper', 'daily', 'times', 'post', 'journal', 'herald', 'magazine', 'tv', 'television',
  'radio', 'wire', 'press', 'report', 'reports', 'reporter', 'reporters', '日报', '新闻', '媒体', '报', '电视台', '社',
];

/** Words that make a speaker unnamed ("a source", "people familiar with the matter"). */
export const ANONYMOUS_WORDS = ['source', 'sources', 'insider', 'insiders', 'people', 'person', 'individual', 'individuals', 'analysts', '人士'];
