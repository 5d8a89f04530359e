// An approval whose agencies the sentence leaves to the one before (server/intake/claims/carried-approval.ts).
import { brief, claimsOf, ENTITIES, type TestEntity } from './intake-claims-support';

const WITH_PLANNER: TestEntity[] = [...ENTITIES, { key: 'plan', name: 'Planning Commission', kind: 'AGENCY' }];
const briefs = (sentences: string[]) => claimsOf({ sentences, entities: WITH_PLANNER }).map(brief);

describe('carriedApprovals', () => {
  it('gives a company that received "these permits" the agencies the sentence before names beside a permit word', () => {
    expect(briefs(['Carmakers must obtain permits from the Planning Commission and the Ministry of Industry.', 'The last to receive these permits was Acme Motors.']))
      .toEqual(expect.arrayContaining(['acme APPROVED_BY plan', 'acme APPROVED_BY miit']));
  });

  it('leaves out the owner a sentence names beside the company that secured permission', () => {
    expect(briefs(['Carmakers need certification from the Planning Commission.', 'Acme Motors, owned by Zen Group, and Bolt Auto have secured permission.']).filter((c) => c.includes('APPROVED_BY')).sort())
      .toEqual(['acme APPROVED_BY plan', 'bolt APPROVED_BY plan']);
  });

  it('carries no agency from a sentence that names it without a permit word', () => {
    expect(briefs(['The Planning Commission met on Monday.', 'Acme Motors has secured permission.']).filter((c) => c.includes('APPROVED_BY'))).toEqual([]);
  });
});
