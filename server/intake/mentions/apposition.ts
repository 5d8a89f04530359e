// A capitalised name whose own words say nothing ("Fenmoor", "Suizhou Cellpack") is still a new
// entity when the sentence describes it in apposition, as news copy does on first mention: "X, a
// parcel-delivery company,", "a battery-pack maker, X,", "X, Y's own van brand,". The description's
// head noun gives the kind; a two- or three-word name described as "a former engineer" is a person.
// Places are described by other nouns ("a city in"), which are not heads here, so they stay unproposed.
import type { EntityKind } from '#vocabulary';
import type { KindGuess } from './kinds';

/** Head nouns of a description that make the name it stands beside a company, and which kind. */
const HEADS: Record<string, EntityKind> = {
  company: 'TECH_COMPANY', firm: 'TECH_COMPANY', maker: 'TECH_COMPANY', supplier: 'TECH_COMPANY', provider: 'TECH_COMPANY',
  developer: 'TECH_COMPANY', operator: 'TECH_COMPANY', investor: 'TECH_COMPANY', fund: 'TECH_COMPANY', venture: 'TECH_COMPANY',
  conglomerate: 'AUTOMAKER', carmaker: 'AUTOMAKER', automaker: 'AUTOMAKER', manufacturer: 'AUTOMAKER',
  startup: 'EV_STARTUP', 'start-up': 'EV_STARTUP',
  brand: 'BRAND', marque: 'BRAND', 'sub-brand': 'BRAND',
  unit: 'SUBSIDIARY', subsidiary: 'SUBSIDIARY', arm: 'SUBSIDIARY', division: 'SUBSIDIARY', affiliate: 'SUBSIDIARY',
  // People are described by what they do: "Lise Okafor, a former drone engineer,".
  engineer: 'PERSON', executive: 'PERSON', entrepreneur: 'PERSON', banker: 'PERSON', official: 'PERSON', designer: 'PERSON', veteran: 'PERSON', economist: 'PERSON',
};
const PERSON_WORDS = 3;

const HEAD = Object.keys(HEADS).join('|');
/** ", a parcel-delivery company" / ", Y's own van brand" / ", the group's parts arm" right after the name. */
const AFTER = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+|[\\p{Lu}][\\p{L}\\p{N}-]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}-]*)?['’]s\\s+)(?:own\\s+)?(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,3}(${HEAD})\\b(?!\\s+of\\b)`, 'u');
/** "a battery-pack maker, " right before the name (the name then closes the aside). */
const BEFORE = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,3}(${HEAD}),\\s+$`, 'u');

/** The kind an apposed description gives the name at [start, end) of `text`, or null. */
export function appositionKind(text: string, start: number, end: number): KindGuess | null {
  const after = AFTER.exec(text.slice(end, end + 80));
  const before = after ? null : BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const head = (after ?? before)?.[1]?.toLowerCase();
  let kind = head ? HEADS[head] : undefined;
  // A person's name is two or three words, and described after it, never a company's possessive.
  const words = text.slice(start, end).split(/\s+/).length;
  if (kind === 'PERSON' && (!after || words < 2 || words > PERSON_WORDS || /['’]s\s/.test(after[0]))) kind = undefined;
  return kind && head ? { kind, why: `described in apposition as a ${head} → ${kind}`, score: 0.5 } : null;
}
