// One compromise parse per English sentence for every intake stage: tagging is most of what the
// mentions and claims stages spend, and both read the same sentences. The last few hundred parses
// are kept (an article's worth), oldest dropped first; callers only read them.
import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;
const KEEP = 400;
const docs = new Map<string, Doc>();

export function englishDoc(text: string): Doc {
  let doc = docs.get(text);
  if (!doc) {
    doc = nlp(text);
    docs.set(text, doc);
    if (docs.size > KEEP) docs.delete(docs.keys().next().value as string);
  }
  return doc;
}
