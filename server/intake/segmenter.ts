// One jieba for every intake stage: loading its dictionary takes over a second on this machine, so
// it is loaded once, on the first Chinese sentence, and shared (mentions and claims both segment).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

export function chineseSegmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}
