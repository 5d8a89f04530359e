// Page furniture that survives any reader: lines a site prints around every article (share
// buttons, comment prompts, related links, bios, counters, legal notices). Each rule is data: a
// reason, a pattern, and the longest line it may remove, so a rule never eats a real paragraph.
// Bylines and datelines are text, not furniture: they stay.

interface FurnitureRule {
  reason: string;
  pattern: RegExp;
  /** Lines longer than this are prose, whatever they contain. */
  maxLength: number;
}

const SHARE_WORD = String.raw`(?:share|share this(?: article| story| post)?|share on \w+|tweet|e-?mail|print|facebook|twitter|x|linkedin|wechat|weibo|whatsapp|telegram|reddit|pinterest|copy link|分享(?:到|至)?|微信(?:好友)?|微博|朋友圈|QQ空间|QQ好友|豆瓣)`;
const LANGUAGE_NAME = /English|中文|简体|繁體|雙語|双语|Fran[cç?]ais|Espa[nñ?]ol|Deutsch|日本語|한국어|Русский|العربية|Portugu[eê?]s|Italiano|Global Edition/gi;

const RULES: readonly FurnitureRule[] = [
  { reason: 'share buttons', pattern: new RegExp(`^${SHARE_WORD}(?:\\s*[-–—|/·•,:：]?\\s*${SHARE_WORD})*\\s*[:：]?$`, 'i'), maxLength: 120 },
  { reason: 'editor credit', pattern: /^[【[(（]?(?:责任编辑|责编|编辑|校对|审核|审校|监制|值班编辑|实习编辑)\s*[:：】\])）]/, maxLength: 60 },
  { reason: 'source tag', pattern: /^[【[(（]?(?:来源|本文来源|文章来源|图片来源|图源|原标题|出处)\s*[:：】\])）]/, maxLength: 80 },
  { reason: 'page control', pattern: /^(?:打开APP.{0,8}|阅读原文|点击阅读原文|举报|收藏|点赞|在看|分享|投诉|纠错|【纠错】|[(（]完[)）]|返回\S{0,6}[，,]?\s*查看更多|查看更多|上一篇.{0,40}|下一篇.{0,40}|展开全文|查看原文)$/i, maxLength: 60 },
  { reason: 'follow prompt', pattern: /^(?:长按(?:识别)?二维码.*|微信扫一扫.*|扫一扫.*|欢迎关注.*|请关注.*|更多精彩.*|点击关注.*|戳这里.*)(?<![.!?。！？])$/, maxLength: 80 },
  { reason: 'legal notice', pattern: /^[【[(（]?(?:特别)?声明\s*[:：】\])）]/, maxLength: 200 },
  { reason: 'comment prompt', pattern: /^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?|\d+ comments?|no comments(?: yet)?|cancel reply|join the (?:discussion|conversation)|your email address will not be published.*|required fields are marked.*|发表评论|评论|网友评论|我要评论)\W*$/i, maxLength: 160 },
  { reason: 'related links', pattern: /^(?:related(?: articles| stories| news| posts| content| coverage)?|read (?:more|also|next)|see also|also read|recommended(?: for you| stories)?|you may also like|most (?:popular|read)|trending(?: now)?|相关(?:阅读|新闻|文章|报道)|推荐阅读|延伸阅读|热门文章)(?:\s*[:：|»›>-].*)?$|^more from \S.{0,40}(?<![.!?。！？])$/i, maxLength: 140 },
  { reason: 'follow prompt', pattern: /^(?:follow (?:us|\S+(?: \S+){0,3} on)\b.*|subscribe\b.*|sign up (?:for|to)\b.*|get our newsletter.*|join our (?:newsletter|mailing list).*|关注我们.*|扫码关注.*)(?<![.!?。！？])$/i, maxLength: 140 },
  { reason: 'tag list', pattern: /^(?:keywords?|tags?|topics?|filed under|categories|关键词|关键字|标签)\s*[:：]/i, maxLength: 200 },
  { reason: 'page counter', pattern: /(?:^|\s|\b)(?:views?|reads?|hits|浏览(?:量|次数)?|阅读(?:量|数)?|点击(?:量|数)?)\s*[:：]\s*\d[\d,]*\s*$|^(?:articles|posts|followers|likes|shares)\s*[:：]\s*\d[\d,]*$/i, maxLength: 120 },
  { reason: 'cookie notice', pattern: /\bcookies?\b.*\b(?:use|accept|consent|policy|privacy|settings|experience)\b|\b(?:accept|consent to)\b.*\bcookies?\b/i, maxLength: 240 },
  { reason: 'advertisement', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads by .*|scroll to continue(?: with content)?|continue reading (?:below|the main story)|广告|推广)$/i, maxLength: 60 },
  { reason: 'spam', pattern: /\b(?:casino|viagra|crypto giveaway|click here to (?:win|claim|download)|buy now|free download|earn \$?\d+.* (?:a|per) (?:day|week))\b|whatsapp\s*[:：+]?\s*\+?\d{6,}|telegram\s*[:：@]/i, maxLength: 240 },
  { reason: 'legal notice', pattern: /^(?:copyright|©|\(c\)\s*\d{4})/i, maxLength: 800 },
  { reason: 'legal notice', pattern: /版权归.{0,30}所有|未经(?:许可|授权|同意).{0,20}(?:转载|使用|复制)|转载请注明|免责声明|本文仅代表作者|^disclaimer\b|views expressed .{0,60}(?:own|necessarily)|all rights reserved|^(?:terms (?:of (?:use|service)|and conditions)|privacy policy|about us|contact us)\b|license for publishing|registration number\s*[:：]|版权所有|ICP备|京公网安备/i, maxLength: 200 },
  { reason: 'breadcrumb', pattern: /^(?:home|首页)\s*(?:[/>›»|]\s*[^/>›»|]{1,30}){1,6}$/i, maxLength: 160 },
  { reason: 'page control', pattern: /^(?:close|menu|search|back to (?:the )?top|skip to (?:main )?content|log ?in|sign in|register|home|next|previous|prev|top|more|load more|show more|print this page|返回顶部|首页|登录|注册|搜索|更多)$/i, maxLength: 40 },
  { reason: 'lone link', pattern: /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$/i, maxLength: 400 },
  { reason: 'source tag', pattern: /^\/?\s*source\s*[:：]\s*\S+$/i, maxLength: 60 },
];

/**
 * An author's bio: a sentence about the writer's job (editor, reporter…) together with something
 * only a bio says (what they cover, how to reach them). A job alone is not enough: "X is the founder
 * of Y" is a claim in an article, not furniture.
 */
const BIO_JOB = /\b(?:is|was|has been|serves as)\b.{0,60}\b(?:editor|reporter|writer|journalist|correspondent|contributor|columnist|blogger|author|freelancer)\b/i;
const BIO_SIGN = /\b(?:covers?|covering|writes (?:about|for)|can be reached|reach (?:him|her|them) at|contact (?:him|her|them)|follow (?:him|her|them)|his work|her work)\b|@\w/i;

/** A site's language switcher: several language names in one short line. */
function isLanguageSwitcher(line: string): boolean {
  if (line.length > 120) return false;
  const names = line.match(LANGUAGE_NAME) ?? [];
  return names.length >= 2 || (names.length === 1 && line.replace(LANGUAGE_NAME, '').trim() === '');
}

/** A menu: three or more short items between separators, with no sentence, date or byline among them. */
function isMenu(line: string): boolean {
  if (line.length > 160 || /^by\s/i.test(line) || /\d/.test(line)) return false;
  const items = line.split(/\s*[|·•»›]\s*/).filter((item) => item.length > 0);
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?。！？:：]$/.test(item));
}

/** Why this line (a paragraph or a line of plain text) is furniture, or null when it is text. */
export function furnitureReason(line: string): string | null {
  for (const rule of RULES) {
    if (line.length <= rule.maxLength && rule.pattern.test(line)) return rule.reason;
  }
  if (line.length <= 600 && BIO_JOB.test(line) && BIO_SIGN.test(line)) return 'author bio';
  if (isLanguageSwitcher(line)) return 'language switcher';
  if (isMenu(line)) return 'menu';
  return null;
}
