// Who "the company", "the ministry", "it" and 其 refer to: the most recent entity of that type, or
// the subject (the first non-person entity) of this sentence before the pronoun, else of the last
// sentence that had one. Deliberately simple and explainable; a stronger resolver (a local model)
// would replace this file behind the same Referent → entity key step.
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import type { Referent } from './surface';

export class Antecedents {
  private readonly last = new Map<string, string>();
  private previousSubject: string | undefined;
  private sentence = -1;
  private subject: string | undefined;
  private subjectAt = Number.POSITIVE_INFINITY;

  /** Records a mention (in text order) of an entity of this kind. */
  note(key: string, kind: EntityKind, sentence: number, start: number): void {
    this.enter(sentence);
    this.last.set(ENTITY_KINDS[kind], key);
    if (kind !== 'PERSON' && this.subject === undefined) { this.subject = key; this.subjectAt = start; }
  }

  /** The entity key a referent stands for, or undefined when nothing fits. */
  resolve(ref: Referent): string | undefined {
    this.enter(ref.sentence);
    if (ref.target !== 'Subject') return this.last.get(ref.target);
    return this.subject !== undefined && this.subjectAt < ref.start ? this.subject : this.previousSubject;
  }

  private enter(sentence: number): void {
    if (sentence === this.sentence) return;
    if (this.subject !== undefined) this.previousSubject = this.subject;
    this.sentence = sentence;
    this.subject = undefined;
    this.subjectAt = Number.POSITIVE_INFINITY;
  }
}
