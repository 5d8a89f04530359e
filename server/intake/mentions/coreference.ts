// Who "the company", "the ministry", "it" and 其 refer to: the most recent entity of that type, or
// the subject (the first non-person entity) of this sentence before the pronoun, else of the last
// sentence that had one. Deliberately simple and explainable; a stronger resolver (a local model)
// would replace this file behind the same Referent → entity key step.
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import type { Referent } from './surface';

/** The words of a description that tell one entity from another: not "the", not the head noun. */
const GENERIC = new Set(['the', 'company', 'group', 'firm', 'investor', 'fund', 'maker', 'carmaker', 'automaker', 'startup', 'based', 'chinese', 'owned', 'state']);
function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[\s-]+/).filter((w) => w.length >= 4 && !GENERIC.has(w)));
}

/** Description heads a company's own name often ends in ("Tessaly Group"), so "the group" means that one. */
const NAME_HEADS = new Set(['group', 'holdings', 'fund', 'bank', 'ventures', 'conglomerate', 'alliance']);

export class Antecedents {
  private readonly last = new Map<string, string>();
  private readonly lastOfKind = new Map<EntityKind, string>();
  /** What the article called an entity in an aside ("X, an Abu Dhabi-based investor,"), newest last. */
  private readonly descriptions: { key: string; words: Set<string> }[] = [];

  /** Records an aside describing an entity, so "the Abu Dhabi-based investor" finds it later. */
  describe(key: string, words: string): void {
    this.descriptions.push({ key, words: contentWords(words) });
  }
  private previousSubject: string | undefined;
  private sentence = -1;
  private subject: string | undefined;
  private subjectAt = Number.POSITIVE_INFINITY;

  /** Every mention noted, oldest first: for a referent that must not be the name it stands beside. */
  private readonly seen: { key: string; kind: EntityKind; name: string }[] = [];

  /** Records a mention (in text order) of an entity of this kind. */
  note(key: string, kind: EntityKind, sentence: number, start: number, name = ''): void {
    this.seen.push({ key, kind, name: name.toLowerCase() });
    this.enter(sentence);
    this.last.set(ENTITY_KINDS[kind], key);
    this.lastOfKind.set(kind, key);
    if (kind !== 'PERSON' && this.subject === undefined) { this.subject = key; this.subjectAt = start; }
  }

  /**
   * The entity key a referent stands for, or undefined when nothing fits. `besides`: the name the
   * referent stands in apposition to ("Tessaly Auto, the group's arm"): the referent is another entity.
   */
  resolve(ref: Referent, besides?: string, related: (key: string) => boolean = () => false): string | undefined {
    const found = this.resolveAny(ref);
    if (besides === undefined || found !== besides) return found;
    const type = ref.target === 'Subject' ? 'Company' : ref.target;
    // A unit's parent usually shares its name ("Tessaly Auto, the group's arm": Tessaly Group).
    const others = [...this.seen].reverse().filter((s) => s.key !== besides && ENTITY_KINDS[s.kind] === type);
    return (others.find((s) => related(s.key)) ?? others[0])?.key;
  }

  private resolveAny(ref: Referent): string | undefined {
    this.enter(ref.sentence);
    if (ref.target !== 'Subject') {
      const words = contentWords(ref.text);
      const described = [...this.descriptions].reverse().find((d) => [...words].some((w) => d.words.has(w)));
      return described?.key ?? this.namedBy(ref) ?? ((ref.kind && this.lastOfKind.get(ref.kind)) || this.last.get(ref.target));
    }
    return this.subject !== undefined && this.subjectAt < ref.start ? this.subject : this.previousSubject;
  }

  /** "the group" after "Tessaly Group … Lanqi Motor": the latest entity whose own name has the description's head word. */
  private namedBy(ref: Referent): string | undefined {
    const head = ref.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (!NAME_HEADS.has(head)) return undefined;
    const word = new RegExp(`(^|\\s)${head}(\\s|$)`);
    return [...this.seen].reverse().find((s) => ENTITY_KINDS[s.kind] === ref.target && word.test(s.name))?.key;
  }

  private enter(sentence: number): void {
    if (sentence === this.sentence) return;
    if (this.subject !== undefined) this.previousSubject = this.subject;
    this.sentence = sentence;
    this.subject = undefined;
    this.subjectAt = Number.POSITIVE_INFINITY;
  }
}
