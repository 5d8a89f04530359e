// One compromise parse per English sentence for every intake stage: tagging is most of what the
// mentions and claims stages spend, and both read the same sentences. The last few thousand parses
// are kept (a long article's worth), oldest dropped first; callers only read them.
import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;
/** Enough for the longest article intake accepts (200,000 characters is about 1,500 sentences). */
const KEEP = 3000;
const docs = new Map<string, Doc>();

/** compromise's own parts (untyped): its tokenizer, and the hooks nlp() runs after it. */
interface World { hooks: string[]; methods: { one: { tokenize: { fromString(text: string, world: World): Doc['document'] } } } }

function keep(text: string, doc: Doc): void {
  docs.set(text, doc);
  if (docs.size > KEEP) docs.delete(docs.keys().next().value as string);
}

export function englishDoc(text: string): Doc {
  let doc = docs.get(text);
  if (!doc) {
    doc = nlp(text);
    keep(text, doc);
  }
  return doc;
}

/**
 * Parses many sentences at once, as nlp(text) would one by one: each is tokenised on its own (so
 * compromise splits it exactly as alone), then all are tagged as ONE document, since tagging costs
 * mostly per document (compromise's rule sweep), and tags never cross a sentence; each sentence then
 * gets its own document of the tagged terms, so offsets count from its start. A later englishDoc
 * of any of them is a lookup.
 */
export function readEnglish(texts: readonly string[]): void {
  const world = nlp.world() as unknown as World;
  const todo = [...new Set(texts)].filter((t) => !docs.has(t) && /\S/.test(t));
  if (todo.length === 0) return;
  const groups = todo.map((t) => world.methods.one.tokenize.fromString(t, world));
  const all = nlp.tokenize('');
  all.document = groups.flat();
  all.compute(world.hooks);
  let at = 0;
  groups.forEach((group, i) => {
    const doc = nlp.tokenize('');
    doc.document = all.document.slice(at, at + group.length);
    at += group.length;
    doc.compute('index');
    keep(todo[i] as string, doc);
  });
}

/** Drops every kept parse, so the next reading of a sentence pays the full cost (the benchmark times a new article, not a re-read one). */
export function forgetEnglishDocs(): void {
  docs.clear();
}
