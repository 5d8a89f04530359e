// A verbless clause after a semicolon that repeats the cue before it (server/intake/claims/gapping.ts).
import { brief, claimsOf, ENTITIES } from './intake-claims-support';

const one = (sentence: string) => claimsOf({ sentences: [sentence], entities: ENTITIES }).map(brief);

describe('gappedClauses', () => {
  it('repeats the cue of the clause before for "A produced cars for B; C for D"', () => {
    expect(one('Bolt Auto produced cars for Acme Motors; Zen Group for Orbit.')).toEqual(expect.arrayContaining(['acme BUILT_BY bolt', 'orbit BUILT_BY zen']));
  });

  it('repeats nothing when the clause after the semicolon has a verb of its own', () => {
    expect(one('Bolt Auto produced cars for Acme Motors; Zen Group said nothing about Orbit.')).toEqual(['acme BUILT_BY bolt']);
  });
});
