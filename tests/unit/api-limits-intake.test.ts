// The cost of the intake mutations (server/limits/cost.ts): an intake reads its whole text, so its
// cost follows the text's length, yet the largest article allowed, with everything selected, stays
// under the default limit; proposeFromIntake counts the proposals it files.
import { parse } from 'graphql';
import { checkCost, estimateCost } from '../../server/limits';
import { CHARS_PER_CANDIDATE, CHARS_PER_COST, COST_PER_PICK } from '../../server/limits/cost';
import { schemaShape } from '../../server/schema';
import { testConfig } from '../support/env';

const schema = schemaShape();
const limits = testConfig().limits;

const INTAKE_ALL = `mutation($input: IntakeInput!) { intake(input: $input) {
  source { id title text } sentences removed { text reason }
  entities { key name entityId entity { id name kind } kind aliases mentions score why }
  mentions { entityKey start end text sentence via }
  claims { key from { key name entityId } to { key name entityId } type status stance quote start end sentence
           attribution { kind name entityKey } validFrom validFromBasis validTo validToBasis datesNote reportedOn note marksEnd
           existing contradicts score why cues { start end } } } }`;
const PROPOSE = 'mutation($picks: [IntakePick!]!) { proposeFromIntake(source: "s", picks: $picks) { id state kind target } }';

const input = (chars: number): Record<string, unknown> => ({ input: { text: 'x'.repeat(chars), title: 't', publisher: 'p' } });
const cost = (query: string, variables: Record<string, unknown>): number => estimateCost(schema, parse(query), undefined, variables, limits);

describe('query cost › intake', () => {
  it('costs an intake at least one per CHARS_PER_COST characters of its text, whatever is selected', () => {
    const q = 'mutation($input: IntakeInput!) { intake(input: $input) { sentences } }';
    expect(cost(q, input(100_000))).toBe(100_000 / CHARS_PER_COST);
    expect(cost(q, input(20_000))).toBe(20_000 / CHARS_PER_COST);
  });

  it("sizes an intake's lists by its text, at least the usual guess of 10", () => {
    const q = 'mutation($input: IntakeInput!) { intake(input: $input) { claims { key } } }';
    // 1 + claims × (1 + key) against the reading; the reading of a short text is the smaller.
    expect(cost(q, input(50))).toBe(Math.max(1 + 10 * 2, 5));
    const big = 200_000;
    expect(cost('mutation($input: IntakeInput!) { intake(input: $input) { claims { key } mentions { start } } }', input(big)))
      .toBe(Math.max(1 + 2 * (big / CHARS_PER_CANDIDATE) * 2, big / CHARS_PER_COST));
  });

  it('lets the largest article allowed through with everything selected, and counts a longer one as the largest', () => {
    expect(() => checkCost(schema, parse(INTAKE_ALL), undefined, input(limits.maxArticleChars), limits)).not.toThrow();
    expect(cost(INTAKE_ALL, input(limits.maxArticleChars * 3))).toBe(cost(INTAKE_ALL, input(limits.maxArticleChars)));
  });

  it('counts a proposal per pick and per new end, each at least COST_PER_PICK', () => {
    const known = { entityId: 'a' };
    const fresh = { name: 'New Co', kind: 'AUTOMAKER' };
    const pick = (from: unknown, to: unknown): unknown => ({ from, to, type: 'BUILT_BY', status: 'REPORTED', quote: 'q', attribution: { kind: 'ARTICLE' } });
    expect(cost(PROPOSE, { picks: [pick(known, known), pick(fresh, known)] })).toBe(COST_PER_PICK * 3);
    expect(() => checkCost(schema, parse(PROPOSE), undefined, { picks: Array.from({ length: limits.maxIntakePicks }, () => pick(fresh, fresh)) }, limits)).not.toThrow();
  });
});
