// The relation cue table: which words say which relation type, and which way round. Data only, so
// docs/intake.md lists it (tests/unit/intake-claims-doc.test.ts keeps the two in step) and a new cue
// is one line. English phrases are compromise match patterns: `{build}` matches every form of the
// verb (built, builds, building), `(a|b)` is a choice, `?` makes a word optional, `.` is any one word.
// Chinese phrases are literal words; `…` marks where the other party stands ("被…收购": X被Y收购).
// `subjectIs` says which end of the link the party before the cue is: "X was the OEM for Y" has X,
// the builder, as `to` (Y -[BUILT_BY]-> X). Hand-written: no library or model ships such a table.
import type { Language } from '../types';
import type { RelationType } from '#vocabulary';

export interface RelationCue {
  type: RelationType;
  lang: Language;
  phrases: readonly string[];
  subjectIs: 'from' | 'to';
  /** How strongly these words alone say the type, 0..1 (default 0.8). */
  weight?: number;
  /** A noun phrase that describes ("the EV arm of Y"): in an aside it is the article's own voice. */
  descriptive?: boolean;
  /** The words say the link stopped ("spun off from"): status ENDED, and its dates end it. */
  marksEnd?: boolean;
  /** The words state a second link between the same ends ("in talks to buy" is talks too). */
  also?: RelationType;
  /** A bare noun ("X's unit Y", "X CEO Y"): the subject must stand right before it. */
  adjacent?: boolean;
  /** A bare verb ("X will build Y's first model"): the object must follow within two words. */
  objectNear?: boolean;
  /** A sale by a third party: the object is what is sold and the party after "to" the buyer, not the subject. */
  sale?: boolean;
  /** What the words take for granted ("its plant" is its plant even in "denied it would sell its plant"): no hedge, plan, end or denial applies. */
  presupposed?: boolean;
  /** Why the entry exists or what it does not cover, for the doc. */
  note?: string;
}

export const RELATION_CUES: readonly RelationCue[] = [
  // BUILT_BY: from's vehicles are made by to.
  { type: 'BUILT_BY', lang: 'en', subjectIs: 'to', phrases: [
    '{be} the (oem|contract manufacturer|manufacturer|foundry|producer) for', '{act} as (an|the)? (oem|contract manufacturer|foundry) for',
    '{serve} as (an|the)? (oem|contract manufacturer|foundry) for', 'the (oem|contract manufacturer|foundry) for',
    '{build} .? .? .? for', '{produce} .? .? .? for',
    '{make} (cars|vehicles|evs|models|suvs|trucks|vans|buses|sedans|hatchbacks|pickups) for', '{manufacture} .? .? .? for',
    '{assemble} .? .? .? for', '{produce} .? .? on behalf of', '{build} .? .? on behalf of',
    '{provide} (contract|oem)? (manufacturing|production) (services|capacity)? (to|for)', '{handle} (the)? (manufacturing|production) (of|for)',
  ] },
  { type: 'BUILT_BY', lang: 'en', subjectIs: 'from', phrases: [
    '(built|made|produced|manufactured|assembled) (under contract)? by', '{be} (built|made|produced|manufactured|assembled) (under contract)? (by|at)',
    '(built|made|produced|manufactured|assembled) (under contract)? (at|in) (the)? (plants|plant|factory|factories) of',
    '{use} the (foundry|contract manufacturing|oem|manufacturing) (service|services)? of', '(foundry|oem|contract manufacturing) (service|services) (of|from)',
    '{outsource} .? .? (production|manufacturing)? to', '{contract} .? to (build|produce|make|manufacture)', '{commission} .? to (build|produce|make|manufacture)',
    '{rely} on .? .? to (build|produce|make|manufacture)', '{rely} on .? .? .? for (production|manufacturing|assembly)', '(oem|manufacturing|production|contract manufacturing) partner',
    '{produce} .? .? in (partnership|cooperation) with', '{produce} .? .? together with', '{build} .? .? in (partnership|cooperation) with',
    '{build} .? .? together with', '{make} .? .? in (partnership|cooperation) with', '(manufactured|produced|made) through',
    '(contract manufacturing|oem|production|manufacturing|foundry) (agreement|deal|contract|partnership) with',
    '(built|made|produced|assembled|manufactured) at', '{roll} off (the)? .? (line|lines) at',
    '{pick} .? .? .? as (its|their) (manufacturer|oem|foundry)', '{choose} .? .? .? as (its|their) (manufacturer|oem|foundry)',
    '{select} .? .? .? as (its|their) (manufacturer|oem|foundry)', '{pick} .? .? .? as (its|their) contract manufacturer',
    '{choose} .? .? .? as (its|their) contract manufacturer', '{select} .? .? .? as (its|their) contract manufacturer',
  ] },
  { type: 'BUILT_BY', lang: 'en', subjectIs: 'to', weight: 0.55, objectNear: true, phrases: ['{build}', '{assemble}', '{produce}', '{manufacture}'],
    note: 'The bare verb is for "X will build Y\'s first model"; the longer phrases above win where they match.' },
  { type: 'BUILT_BY', lang: 'zh', subjectIs: 'to', phrases: ['为…代工', '替…代工', '为…生产', '给…代工', '代工生产', '代工', '负责生产'] },
  { type: 'BUILT_BY', lang: 'zh', subjectIs: 'from', phrases: ['由…代工', '委托…代工', '委托…生产', '交由…生产', '由…生产', '的代工厂'] },

  // ACQUIRED: from bought to.
  { type: 'ACQUIRED', lang: 'en', subjectIs: 'from', phrases: [
    '{acquire}', '{buy}', '{purchase}', '{take} over', '{snap} up', 'acquisition of', 'takeover of', 'purchase of',
    '{complete} (the|its|a)? (acquisition|takeover|purchase) of', '{buy} (a|an)? .? .? stake in', '{acquire} (a|an)? .? .? stake in',
    '{take} (a|an)? .? .? stake in', '{take} (full|majority|outright|effective|operational|overall)? control of',
    '{gain} (full|majority|outright|effective|operational|overall)? control of', '{merge} with', '{absorb}',
    '{buy} the (rest|remainder) of', '{acquire} the (rest|remainder) of', '{take} over the (rest|remainder) of',
  ] },
  { type: 'ACQUIRED', lang: 'en', subjectIs: 'to', phrases: [
    '(acquired|bought|purchased|taken over|snapped up|absorbed) by', '{be} (acquired|bought|purchased|taken over) by', '{be} sold to', '{sell} itself to',
  ] },
  { type: 'ACQUIRED', lang: 'en', subjectIs: 'to', sale: true, phrases: [
    '{sell} .? .? .? (stake|stakes|shares|holding|interest) in', '{sell} (the|its|their|a|an)? .? (plant|factory|site|unit|business|brand|division|assets) to',
    '{sell} .? .? .? to',
  ], note: 'A seller\'s sale ("A sold its stake in X to Y"): X is the thing sold and the party after "to" its buyer (Y ACQUIRED X); the seller is left out.' },
  { type: 'ACQUIRED', lang: 'zh', subjectIs: 'from', phrases: ['完成对…的收购', '对…的收购', '对…收购', '收购', '受让', '并购', '买下', '购得', '接手', '入主', '接盘'] },
  { type: 'ACQUIRED', lang: 'zh', subjectIs: 'to', phrases: ['被…收购', '被…并购', '被…买下', '被…接手', '被…接盘', '由…接手'] },

  // PLANS_TO_ACQUIRE: from intends to take over to. ACQUIRED words after "may", "plans to", 拟… become this too.
  { type: 'PLANS_TO_ACQUIRE', lang: 'en', subjectIs: 'from', phrases: [
    '{plan} to (buy|acquire|purchase|take over)', '{seek} to (buy|acquire|purchase|take over)', '{explore} (buying|acquiring|purchasing|taking over)',
    '{consider} (buying|acquiring|purchasing|taking over)', '{intend} to (buy|acquire|purchase|take over)', '{offer} to (buy|acquire)',
    '{bid} for', '(takeover|acquisition|purchase) (bid|offer|plan) for', '{eye} (buying|acquiring)?',
    '{agree} to (buy|acquire|take over|purchase)', '{look} to (buy|acquire)', '{weigh} (buying|acquiring|a bid for)',
    '{consider} (a|an)? (bid|offer|takeover|acquisition|investment|stake) (for|in|of)', '{weigh} (a|an)? (bid|offer|takeover|investment|stake) (for|in)',
    '{explore} (a|an)? (bid|offer|takeover|acquisition|investment|purchase|stake) (for|in|of)', '{mull} (a|an)? (bid|offer|takeover|investment|stake)? (for|in)',
    '{explore} (investing|an investment) in', '{consider} investing in', '{seek} (a|an)? (stake|investment) in', '{be} interested in (buying|acquiring)',
    '{pursue} (a|an)? (deal|acquisition|takeover|bid) (for|of)', '(potential|possible|prospective) (buyer|bidder|acquirer|suitor) (of|for)',
    '{approach} .? .? (about|over|regarding) (a|an)? (takeover|sale|acquisition|deal)',
  ] },
  { type: 'PLANS_TO_ACQUIRE', lang: 'en', subjectIs: 'from', phrases: [
    '(about|over|regarding) (buying|acquiring|purchasing|taking over)', '(about|over|regarding) (buying|acquiring|taking) (a|an)? .? .? (stake|stakes|holding|interest) in',
  ], note: 'Talks "about buying": the buyer is the subject of the talks ("X is in talks with Y about buying Z": X would buy Z).' },
  { type: 'PLANS_TO_ACQUIRE', lang: 'en', subjectIs: 'from', also: 'IN_TALKS_WITH', phrases: [
    'in (advanced|early|preliminary|exclusive|final)? (talks|negotiations|discussions) to (buy|acquire|take over|purchase)',
  ] },
  { type: 'PLANS_TO_ACQUIRE', lang: 'zh', subjectIs: 'from', phrases: ['拟收购', '计划收购', '有意收购', '洽购', '意向收购', '或将收购', '欲收购', '拟入股', '或将接手'] },

  // PLANS_TO_SELL: from intends to sell (assets of) to.
  { type: 'PLANS_TO_SELL', lang: 'en', subjectIs: 'from', weight: 0.7, phrases: [
    '{plan} to sell', '{plan} to (offload|divest|dispose of)', '{seek} to sell', '{consider} (selling|offloading|divesting)', '{look} to sell',
    '{put} .? .? up for sale', 'plans to sell', 'sale of', '{dispose} of',
  ] },
  { type: 'PLANS_TO_SELL', lang: 'en', subjectIs: 'from', weight: 0.7, objectNear: true, phrases: ['{sell}', '{offload}', '{divest}'], note: 'A completed sale reads as the buyer\'s ACQUIRED ("was sold to"); a bare "sold" is still proposed as a plan to sell.' },
  { type: 'PLANS_TO_SELL', lang: 'zh', subjectIs: 'from', phrases: ['拟出售', '计划出售', '拟转让', '挂牌出售', '出售', '转让'] },

  // USES_QUALIFICATION_OF: from produces under to's qualification.
  { type: 'USES_QUALIFICATION_OF', lang: 'en', subjectIs: 'from', phrases: [
    '{use} the (production|manufacturing)? (qualification|qualifications|licence|license|licenses|licences|permit|permits) of',
    '{borrow} the (production|manufacturing)? (qualification|qualifications|licence|license|permit) of',
    '{use} .? .? (production|manufacturing)? (qualification|qualifications|licence|license|permit)',
    '{borrow} .? .? (production|manufacturing)? (qualification|qualifications|licence|license|permit|capacity)',
    'under the (production|manufacturing)? (qualification|qualifications|licence|license|permit) of',
    'under .? .? #Possessive (production|manufacturing)? (qualification|qualifications|licence|license|permit)', '{rely} on .? .? (qualification|qualifications|licence|license)',
  ] },
  { type: 'USES_QUALIFICATION_OF', lang: 'en', subjectIs: 'to', phrases: [
    '{lend} (its)? (production|manufacturing)? (qualification|qualifications|licence|license|permit) to',
    '{provide} (its)? (production|manufacturing)? (qualification|qualifications|licence|license) (to|for)',
  ] },
  { type: 'USES_QUALIFICATION_OF', lang: 'zh', subjectIs: 'from', phrases: ['借用…资质', '使用…资质', '借助…资质', '借壳', '挂靠'] },
  { type: 'USES_QUALIFICATION_OF', lang: 'zh', subjectIs: 'to', phrases: ['为…提供资质', '向…出借资质'] },

  // SUBSIDIARY_OF: from is owned by, or a division of, to.
  { type: 'SUBSIDIARY_OF', lang: 'en', subjectIs: 'from', descriptive: true, phrases: [
    '(subsidiary|unit|arm|division|affiliate|branch|offshoot|spin-off|spinoff) of', '{be} (wholly|majority|fully)? owned by', '(wholly|majority|fully)? owned by',
    '{be} controlled by', 'controlled by', '/-owned$/ by', '{be} part of', '(parent|parent company|parent group|owner) #Possessive?',
    '{belong} to', 'a (wholly|majority) owned (subsidiary|unit) of', '(controlling|majority) (shareholder|owner) {be}',
  ] },
  { type: 'SUBSIDIARY_OF', lang: 'en', subjectIs: 'to', descriptive: true, phrases: ['(controlling|majority) (shareholder|owner) (of|in)', '(parent|parent company|parent group) of'],
    note: '"A is the controlling shareholder of B": B is A\'s subsidiary.' },
  { type: 'SUBSIDIARY_OF', lang: 'en', subjectIs: 'to', weight: 0.6, adjacent: true, phrases: ['(subsidiary|unit|arm|division)'],
    note: 'The bare noun is for "X\'s subsidiary Y"; "subsidiary of" (above) wins where both match.' },
  { type: 'SUBSIDIARY_OF', lang: 'en', subjectIs: 'to', weight: 0.6, phrases: [
    '{own}', '{control}', '{spin} off', '{set} up (a|an)? (subsidiary|unit)', '{hold} a (majority|controlling) stake in',
  ] },
  { type: 'SUBSIDIARY_OF', lang: 'en', subjectIs: 'from', marksEnd: true, phrases: ['{spin} off from', 'spun off from', '{split} from', '{separate} from'] },
  { type: 'SUBSIDIARY_OF', lang: 'zh', subjectIs: 'from', marksEnd: true, phrases: ['从…独立', '从…分拆', '从…剥离'] },
  { type: 'SUBSIDIARY_OF', lang: 'zh', subjectIs: 'from', descriptive: true, phrases: ['成为…全资子公司', '成为…控股子公司', '成为…子公司', '是…子公司', '是…旗下的', '是…的子公司', '是…的全资子公司', '为…全资子公司', '为…控股子公司', '为…子公司', '是…控股子公司', '为…旗下', '隶属于', '隶属', '归属于', '的母公司', '的控股股东为', '的控股股东是', '控股股东为', '由…控股', '由…全资控股'] },
  { type: 'SUBSIDIARY_OF', lang: 'zh', subjectIs: 'to', phrases: ['旗下的', '旗下', '全资子公司', '控股子公司', '子公司', '控股'] },

  // JOINTLY_OWNED_BY: to is one of several owners of from. Shares go into the note.
  { type: 'JOINTLY_OWNED_BY', lang: 'en', subjectIs: 'from', descriptive: true, phrases: [
    '(joint venture|jv|joint-venture) (of|between|by|with)', '{be} jointly owned by', 'jointly owned by', '{be} owned #Percent by', 'owned #Percent by',
    '{be} co-owned by', 'co-owned by', '(joint venture|jv) (partner|partners) #Possessive?',
    'investors (including|such as|like)', '(shareholders|investors|backers|owners) (include|included|including)', '(backed|funded) by', '{count} .? .? .? among (its|their) (shareholders|investors|backers|owners)',
    '{raise} .? .? .? .? from', '{be} (backed|funded) by', '(round|funding|financing) (led|joined) by',
  ] },
  { type: 'JOINTLY_OWNED_BY', lang: 'en', subjectIs: 'to', phrases: [
    '{set} up (a|an)? (joint venture|jv)', '{form} (a|an)? (joint venture|jv)', '{establish} (a|an)? (joint venture|jv)', '{create} (a|an)? (joint venture|jv)',
    '{hold} (a|an)? .? .? stake in', '{own} (a|an)? .? .? stake in', '{own} .? #Percent of', '{hold} .? #Percent of',
    '{hold} .? .? .? (fifth|third|quarter|half|tenth|share|shares|stake) (of|in)', '{hold} (about|around|roughly|nearly|some)? #Percent', '{own} (about|around|roughly|nearly|some)? #Percent', '{be} (a|an) (shareholder|investor) in', '{jointly} {own}', '{co-own}', '{invest} in',
    'jointly owned', '#Possessive (joint venture|jv)', 'stake in',
    '{be} .? .? #Possessive (largest|biggest|main|major|second-largest|single-largest|founding|strategic)? (shareholder|investor|backer|owner)',
    '(largest|biggest|main|major|second-largest|founding|strategic) (shareholder|investor|backer) (of|in)',
  ] },
  { type: 'JOINTLY_OWNED_BY', lang: 'en', subjectIs: 'from', weight: 0.6, adjacent: true, descriptive: true, phrases: [
    '(largest|biggest|main|major|second-largest|founding|strategic) (shareholder|investor|backer)',
  ], note: '"Harlow Ventures, the startup\'s largest investor": the possessive before the noun is what is owned, the name in apposition its owner.' },
  { type: 'JOINTLY_OWNED_BY', lang: 'zh', subjectIs: 'from', descriptive: true, phrases: [
    '由…持股', '是…的合资公司', '为…的合资企业', '由…合资', '由…共同出资', '由…共同持股', '由…联合打造', '由…共同打造', '由…联合成立', '由…共同成立',
    '由…合资成立', '由…共同组建', '由…联合组建', '由…联合出资', '由…共同投资', '由…投资成立', '股东包括', '股东为', '股东有',
  ] },
  { type: 'JOINTLY_OWNED_BY', lang: 'zh', subjectIs: 'to', phrases: ['合资成立', '合资公司', '合资企业', '共同出资', '持有…股份', '持有…股权', '持股', '入股', '参股',
    '是…的第一大股东', '为…的第一大股东', '是…第一大股东', '为…第一大股东', '是…的大股东', '是…的股东', '为…的股东'] },
  { type: 'JOINTLY_OWNED_BY', lang: 'zh', subjectIs: 'from', descriptive: true, phrases: ['的第一大股东为', '的第一大股东是', '第一大股东为'] },

  // BRAND_OF: from is a brand or series of to.
  { type: 'BRAND_OF', lang: 'en', subjectIs: 'from', descriptive: true, phrases: [
    '(brand|marque|sub-brand|label|nameplate|series) (of|from|owned by)', '{be} (a|an|the)? .? brand (of|from|under)', '{launch} by',
  ] },
  { type: 'BRAND_OF', lang: 'en', subjectIs: 'to', weight: 0.65, phrases: ['under (the|its)? .? brand', '{launch} (the|its|a)? .? brand'] },
  { type: 'BRAND_OF', lang: 'en', subjectIs: 'to', weight: 0.65, adjacent: true, phrases: ['(brand|marque|sub-brand)'] },
  { type: 'BRAND_OF', lang: 'zh', subjectIs: 'from', descriptive: true, phrases: ['是…品牌', '是…旗下品牌', '是…的品牌', '是…旗下的品牌', '是…推出的品牌'] },
  { type: 'BRAND_OF', lang: 'zh', subjectIs: 'to', phrases: ['旗下品牌', '子品牌', '推出的品牌', '品牌'] },

  // OPERATES: from runs the plant to (the plant end must be a plant).
  { type: 'OPERATES', lang: 'en', subjectIs: 'from', phrases: [
    '{operate}', '{run}', '{manage}', '{own} and {operate}', '{have} (its|their)? own (production capacity|plant|factory|plants|factories) in',
    '#Possessive (plant|factory|facility|production site|production base|site|base)',
  ] },
  { type: 'OPERATES', lang: 'en', subjectIs: 'to', phrases: ['(operated|run|managed) by', '{be} (operated|run|managed) by'] },
  { type: 'OPERATES', lang: 'zh', subjectIs: 'from', phrases: ['运营', '经营', '管理', '旗下工厂', '的工厂', '的生产基地'] },
  { type: 'OPERATES', lang: 'zh', subjectIs: 'to', phrases: ['由…运营', '由…经营', '由…管理', '原属', '属于', '归属'] },

  // IN_TALKS_WITH: either way round.
  { type: 'IN_TALKS_WITH', lang: 'en', subjectIs: 'from', phrases: [
    '{be} in (talks|negotiations|discussions) with', 'in (talks|negotiations|discussions) with', '{negotiate} with', '{hold} (talks|negotiations|discussions) with',
    '{discuss} .? .? .? with', '{talk} with', 'talks between', '{be} in (talks|negotiations)', '{enter} (into)? (talks|negotiations) with',
    'negotiations between', '(talks|negotiations) with',
  ] },
  { type: 'IN_TALKS_WITH', lang: 'zh', subjectIs: 'from', phrases: ['与…洽谈', '与…谈判', '与…商谈', '与…接洽', '与…磋商', '和…洽谈', '和…谈判', '和…商谈', '正在洽谈', '洽谈', '谈判'] },

  // APPROVED_BY: from holds a production approval or licence from to (an agency).
  { type: 'APPROVED_BY', lang: 'en', subjectIs: 'from', phrases: [
    '(approved|licensed|certified|authorized|authorised) by', '{be} (approved|licensed|certified|authorized|authorised) by',
    '{receive} .? .? (approval|approvals|licence|license|permit|permits|qualification|certification|permission) from',
    '{obtain} .? .? (approval|approvals|licence|license|permit|permits|qualification|certification|permission) from',
    '{win} .? .? (approval|licence|license|permit|permission) from', '{secure} .? .? (approval|licence|license|permit|permission) from',
    '{gain} .? .? (approval|licence|license|permit|certification|permission) from', '{get} .? .? (approval|licence|license|permit|permission) (from|of)',
    '(added|listed|included) (to|in|on) .? .? (catalogue|catalog|list|database|register|directory) (of|by)',
    '(approval|approvals|licence|license|permit|permits|permission|certification) from', '{secure} permission',
    '{appear} (in|on) .? .? .? .? .? .? .? (catalogue|catalog|list|database|register|directory|system) of',
    '{pass} .? .? .? .? (review|reviews|inspection|inspections|audit|certification|assessment|evaluation)',
  ] },
  { type: 'APPROVED_BY', lang: 'en', subjectIs: 'from', weight: 0.6, phrases: ['(is|are|was|were|been|be) (added|listed|included) (to|in|on)'],
    note: 'The register named after the agency ("has been added to a Chinese trade ministry database"); only an agency can be the other end.' },
  { type: 'APPROVED_BY', lang: 'en', subjectIs: 'to', phrases: [
    '{approve}', '{license}', '{certify}', '{authorize}', '{authorise}',
    '{grant} .? .? (approval|approvals|licence|license|permit|permits|qualification|permission) to', '{grant}',
    '{add} .? .? to (its|the) (catalogue|catalog|list|database|register|directory)', '{list}',
  ] },
  { type: 'APPROVED_BY', lang: 'zh', subjectIs: 'from', phrases: [
    '获…批准', '获得…批准', '获得…核准', '获得…批复', '取得…批复', '获得…资质', '通过…审批', '通过…审核', '列入…目录', '进入…目录', '登上…目录', '经…批准', '获批', '取得…资质',
  ] },
  { type: 'APPROVED_BY', lang: 'zh', subjectIs: 'to', phrases: ['批准', '核准', '颁发', '授予'] },

  // ISSUED: the agency from issued the policy to.
  { type: 'ISSUED', lang: 'en', subjectIs: 'from', phrases: [
    '{issue}', '{publish}', '{release}', '{introduce}', '{unveil}', '{adopt}', '{enact}', '{roll} out', '{draft}', '{announce}',
  ] },
  { type: 'ISSUED', lang: 'en', subjectIs: 'to', phrases: ['(issued|published|released|introduced|unveiled|announced|drafted|enacted) by', '{be} (issued|published|released|introduced) by', 'announcement by'] },
  { type: 'ISSUED', lang: 'zh', subjectIs: 'from', phrases: ['发布', '印发', '出台', '颁布', '公布', '下发'] },
  { type: 'ISSUED', lang: 'zh', subjectIs: 'to', phrases: ['由…发布', '由…印发', '由…出台'] },

  // HOLDS_ROLE_AT: the person from has a role at to; the title goes into the note.
  { type: 'HOLDS_ROLE_AT', lang: 'en', subjectIs: 'from', descriptive: true, phrases: [
    '(chief executive|chief executive officer|ceo|chairman|chairwoman|chair|president|founder|co-founder|cofounder|director|general manager|secretary general|secretary-general|vice president|head|chief technology officer|cto|cfo|chief financial officer|spokesperson|spokesman|spokeswoman|professor|expert|analyst|board member|executive|engineer|partner) (of|at)',
    '{found}', '{head}', '{lead}', '{join}', '{work} (for|at)',
    '{be} (a|an|the) (former)? .? .? (engineer|executive|manager|director|employee|official|designer)',
  ] },
  { type: 'HOLDS_ROLE_AT', lang: 'en', subjectIs: 'to', weight: 0.7, descriptive: true, adjacent: true, phrases: [
    '(chief executive|ceo|chairman|chairwoman|president|founder|co-founder|cofounder|general manager|secretary general|vice president|cto|cfo|spokesperson|spokesman|spokeswoman)',
  ] },
  { type: 'HOLDS_ROLE_AT', lang: 'zh', subjectIs: 'to', descriptive: true, adjacent: true, phrases: ['董事长', '总裁', '首席执行官', '创始人', '总经理', '秘书长', '副总裁', '发言人', 'CEO'] },
  { type: 'HOLDS_ROLE_AT', lang: 'zh', subjectIs: 'from', descriptive: true, phrases: ['是…的创始人', '担任…董事长', '担任…总裁', '担任…总经理', '担任…首席执行官', '出任…', '任职于', '加入', '加盟', '入职',
    '辞去…董事长', '辞去…总裁', '辞去…总经理', '辞去…首席执行官', '卸任…董事长', '卸任…总裁'] },
];

/**
 * A plant named after its owner's possessive ("X's Tychy plant", "at its plant", "其…工厂") says
 * that owner runs it. Found by position, not by words (claims/possessive.ts); listed for the doc.
 */
export const POSSESSIVE_PLANT_CUE: RelationCue = {
  type: 'OPERATES', lang: 'en', subjectIs: 'from', weight: 0.7, presupposed: true, phrases: ["X's <plant>", 'its <plant>', 'their <plant>', '其…<工厂>', 'X的<工厂>'],
  note: '"its" is the agent of a "by X" before it, else the sentence\'s first party.',
};

/** The entity types each end of a type may have; a pair that fits only the other way round is swapped. */
export const TYPE_ENDS: Record<RelationType, { from: readonly string[]; to: readonly string[] }> = {
  BUILT_BY: { from: ['Company'], to: ['Company', 'Plant'] },
  ACQUIRED: { from: ['Company', 'Organisation'], to: ['Company', 'Plant'] },
  USES_QUALIFICATION_OF: { from: ['Company'], to: ['Company'] },
  SUBSIDIARY_OF: { from: ['Company', 'Organisation', 'Plant'], to: ['Company', 'Organisation', 'Agency'] },
  JOINTLY_OWNED_BY: { from: ['Company', 'Plant', 'Organisation'], to: ['Company', 'Organisation', 'Agency'] },
  BRAND_OF: { from: ['Company'], to: ['Company'] },
  OPERATES: { from: ['Company'], to: ['Plant'] },
  PLANS_TO_ACQUIRE: { from: ['Company', 'Organisation'], to: ['Company', 'Plant'] },
  PLANS_TO_SELL: { from: ['Company'], to: ['Company', 'Plant'] },
  IN_TALKS_WITH: { from: ['Company', 'Agency', 'Organisation'], to: ['Company', 'Agency', 'Organisation'] },
  APPROVED_BY: { from: ['Company', 'Plant'], to: ['Agency'] },
  ISSUED: { from: ['Agency'], to: ['Policy'] },
  HOLDS_ROLE_AT: { from: ['Person'], to: ['Company', 'Agency', 'Organisation'] },
};
