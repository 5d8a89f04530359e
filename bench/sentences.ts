// Where the synthetic articles' sentences wait until every link is drawn. In memory for the
// sizes the incremental loader takes; at L the quotes of five million links (about a gigabyte
// of text) would not fit comfortably, so they go to bucket files on disk, one line per sentence
// tagged with its article, and each article is assembled from its bucket at the end.
import fs from 'node:fs';
import path from 'node:path';
import { SyncFile } from '../seed/bulk/sync-file';

const SENTENCES_PER_PARAGRAPH = 4;
/** Articles per bucket file are sources / BUCKETS; at L about 150, some 15 MB of text. */
const BUCKETS = 64;

export interface SentenceStore {
  add(source: number, sentence: string): void;
  /** Each article's text once every sentence is in, by source position; each source once. */
  texts(count: number): Generator<[number, string]>;
}

/** Sentences into paragraphs of four, in the order they were written; an article no link cites still says something (an import needs a text). */
export function articleText(sentences: readonly string[]): string {
  if (sentences.length === 0) return 'No link in this synthetic graph cites this report.\n';
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += SENTENCES_PER_PARAGRAPH) paragraphs.push(sentences.slice(k, k + SENTENCES_PER_PARAGRAPH).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}

export class MemorySentences implements SentenceStore {
  private readonly bySource = new Map<number, string[]>();

  add(source: number, sentence: string): void {
    const list = this.bySource.get(source);
    if (list) list.push(sentence);
    else this.bySource.set(source, [sentence]);
  }

  *texts(count: number): Generator<[number, string]> {
    for (let i = 0; i < count; i++) yield [i, articleText(this.bySource.get(i) ?? [])];
    this.bySource.clear();
  }
}

/** Generated sentences hold no tab or line break, so a line "source<TAB>sentence" needs no quoting. */
export class BucketSentences implements SentenceStore {
  private readonly files: SyncFile[];

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.files = Array.from({ length: BUCKETS }, (_, b) => new SyncFile(path.join(dir, `sentences-${b}.txt`)));
  }

  add(source: number, sentence: string): void {
    this.files[source % BUCKETS]?.write(`${source}\t${sentence}\n`);
  }

  *texts(count: number): Generator<[number, string]> {
    for (const f of this.files) f.close();
    for (let b = 0; b < BUCKETS; b++) {
      const file = path.join(this.dir, `sentences-${b}.txt`);
      const bySource = new Map<number, string[]>();
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0) continue;
        const source = Number(line.slice(0, tab));
        const list = bySource.get(source);
        if (list) list.push(line.slice(tab + 1));
        else bySource.set(source, [line.slice(tab + 1)]);
      }
      for (let i = b; i < count; i += BUCKETS) yield [i, articleText(bySource.get(i) ?? [])];
      fs.rmSync(file, { force: true });
    }
  }
}
