// The editing model on the page, in Node: who sees what, field diffs of records, what a proposal
// would change, drafts turned into the API's inputs, proposed links, and quotes picked in the reader.
import { signInMessage } from '../../client/src/api/auth';
import { argumentField, failure } from '../../client/src/app/editing';
import { ApiError } from '../../client/src/api/graphql';
import { canvasElements } from '../../client/src/canvas/elements';
import { accessFor } from '../../client/src/model/access';
import { addNeighbourhood } from '../../client/src/model/actions';
import {
  changePatch, checkChangeDraft, checkLinkDraft, checkSourceDraft, entityInput, newChangeDraft, newEntityDraft, newLinkDraft, relationshipInput, sourceInput,
  EMPTY_SOURCE,
} from '../../client/src/model/drafts';
import type { EvidenceDraft, LinkFields } from '../../client/src/model/drafts';
import { applyPatch, previewProposal, proposedQuotes } from '../../client/src/model/proposalPreview';
import { proposedLinks, withProposed } from '../../client/src/model/proposed';
import { diffRecords, parseRecord, valueText } from '../../client/src/model/recordDiff';
import { EMPTY_STATE } from '../../client/src/model/types';
import { paragraphIndexOf, quoteFromSelection, splitParagraphs } from '../../client/src/text/paragraphs';
import { nioSubgraph } from './client-fixtures';

const nio = { id: 'nio', name: 'NIO' };
const jac = { id: 'jac', name: 'JAC' };
const quote: EvidenceDraft = {
  source: { id: 'src-1', title: 'NIO and JAC' }, quote: 'JAC builds NIO cars', stance: 'SUPPORTS', attributionKind: 'ARTICLE', attributionName: '', marksEnd: false,
};
const linkFields: LinkFields = { status: 'REPORTED', validFrom: '2018', validFromBasis: 'STATED', validTo: null, validToBasis: null, datesNote: null, note: null };

describe('access', () => {
  it('shows nothing new to anonymous readers and viewers', () => {
    for (const user of [null, { role: 'viewer' }]) {
      const a = accessFor(user);
      expect([a.propose, a.review, a.revert, a.addSource, a.seeProposed, a.editDirectly]).toEqual([false, false, false, false, false, false]);
    }
    expect(accessFor(null).signedIn).toBe(false);
    expect(accessFor({ role: 'viewer' }).signedIn).toBe(true);
  });

  it('lets contributors propose and see proposed links, but not review, revert or add sources', () => {
    const a = accessFor({ role: 'contributor' });
    expect([a.propose, a.seeProposed, a.review, a.revert, a.addSource, a.editDirectly]).toEqual([true, true, false, false, false, false]);
  });

  it('gives editors and admins editing, the review queue and revert', () => {
    for (const role of ['editor', 'admin']) {
      const a = accessFor({ role });
      expect([a.propose, a.review, a.revert, a.addSource, a.editDirectly, a.seeProposed]).toEqual([true, true, true, true, true, true]);
    }
  });

  it('reads a role it does not know as a viewer', () => {
    expect(accessFor({ role: 'superuser' })).toMatchObject({ role: 'viewer', propose: false });
  });
});

describe('recordDiff', () => {
  it('lists changed fields, and quotes added or removed by id', () => {
    const before = { id: 'r', status: 'REPORTED', note: null, evidence: [{ id: 'e1', quote: 'a' }, { id: 'e2', quote: 'b' }] };
    const after = { id: 'r', status: 'CONFIRMED', note: 'now stated', evidence: [{ id: 'e1', quote: 'a' }, { id: 'e3', quote: 'c' }] };
    expect(diffRecords(before, after)).toEqual([
      { field: 'status', kind: 'changed', before: 'REPORTED', after: 'CONFIRMED' },
      { field: 'note', kind: 'added', before: null, after: 'now stated' },
      { field: 'evidence[e2]', kind: 'removed', before: { id: 'e2', quote: 'b' }, after: null },
      { field: 'evidence[e3]', kind: 'added', before: null, after: { id: 'e3', quote: 'c' } },
    ]);
  });

  it('compares lists of names by value and treats null, missing and empty alike', () => {
    expect(diffRecords({ aliases: ['A', 'B'], country: null }, { aliases: ['B', 'C'], description: '' })).toEqual([
      { field: 'aliases', kind: 'removed', before: 'A', after: null },
      { field: 'aliases', kind: 'added', before: null, after: 'C' },
    ]);
  });

  it('lists every field of a created record as added', () => {
    expect(diffRecords(null, { id: 'x', name: 'X' }).map((c) => [c.field, c.kind])).toEqual([['id', 'added'], ['name', 'added']]);
  });

  it('parses record JSON, and refuses what is not an object', () => {
    expect(parseRecord('{"a":1}')).toEqual({ a: 1 });
    expect([parseRecord(null), parseRecord('[1]'), parseRecord('not json')]).toEqual([null, null, null]);
  });

  it('words a quote by its text, source and a stance other than support', () => {
    expect(valueText({ quote: 'denied it', source: 's1', stance: 'CONTRADICTS' })).toBe('“denied it” (s1) [CONTRADICTS]');
    expect([valueText(null), valueText(['a', 'b']), valueText(3)]).toEqual(['—', 'a, b', '3']);
  });
});

describe('proposalPreview', () => {
  const current = { id: 'r', status: 'REPORTED', validFrom: '2018', aliases: ['N'], evidence: [{ id: 'e1', quote: 'old' }] };

  it('applies a change to the current record: fields, quotes added and retired', () => {
    const after = applyPatch(current, { status: 'CONFIRMED', addEvidence: [{ source: 's', quote: 'new', attribution: { kind: 'ARTICLE' } }], retireEvidence: ['e1'] });
    expect(after.status).toBe('CONFIRMED');
    expect(after.validFrom).toBe('2018');
    expect(after.evidence).toEqual([{ source: 's', quote: 'new', reportedOn: null, stance: 'SUPPORTS', attributionKind: 'ARTICLE', attributionName: null, attributionEntityId: null, marksEnd: false }]);
  });

  it('diffs a change payload (bare or wrapped) against the current record', () => {
    for (const payload of [{ status: 'DENIED' }, { target: 'r', version: 2, patch: { status: 'DENIED' }, reason: 'denied' }]) {
      const p = previewProposal('CHANGE', JSON.stringify(payload), current);
      expect(diffRecords(p.before, p.after)).toEqual([{ field: 'status', kind: 'changed', before: 'REPORTED', after: 'DENIED' }]);
    }
  });

  it('shows a new link against nothing, with its quotes', () => {
    const payload = JSON.stringify(relationshipInput({ ...newLinkDraft(nio, jac, 'k'), evidence: [quote] }));
    const p = previewProposal('RELATIONSHIP', payload, null);
    expect(p.before).toBeNull();
    expect(p.after).toMatchObject({ from: 'nio', to: 'jac', type: 'BUILT_BY', status: 'REPORTED' });
    expect(proposedQuotes('RELATIONSHIP', payload)).toEqual([expect.objectContaining({ quote: 'JAC builds NIO cars', source: 'src-1', attributionKind: 'ARTICLE' })]);
  });
});

describe('drafts', () => {
  it('needs a quote, dates that parse, a basis for each date and a note for an inferred one', () => {
    const bare = newLinkDraft(nio, jac, 'k');
    expect(checkLinkDraft(bare)).toEqual({ evidence: expect.stringContaining('at least one quote') });
    const dated = { ...bare, evidence: [quote], validFrom: '2018-13', validTo: '2020', validToBasis: 'INFERRED' as const };
    expect(checkLinkDraft(dated)).toEqual({ validFrom: expect.any(String), validFromBasis: 'say how the date is known', datesNote: expect.any(String) });
    expect(checkLinkDraft({ ...dated, validFrom: '2018', validFromBasis: 'STATED', datesNote: 'the annual report' })).toEqual({});
  });

  it('refuses a link from an entity to itself, a denial without its quote and a passed-on CONFIRMED', () => {
    expect(checkLinkDraft({ ...newLinkDraft(nio, nio), evidence: [quote] }).to).toBeDefined();
    expect(checkLinkDraft({ ...newLinkDraft(nio, jac), evidence: [quote], status: 'DENIED' }).status).toMatch(/denial/);
    const passedOn = { ...quote, attributionKind: 'OUTLET' as const, attributionName: 'Bloomberg' };
    expect(checkLinkDraft({ ...newLinkDraft(nio, jac), evidence: [passedOn], status: 'CONFIRMED' }).status).toMatch(/REPORTED/);
    expect(checkLinkDraft({ ...newLinkDraft(nio, jac), evidence: [{ ...passedOn, attributionName: '' }] })['evidence.0']).toMatch(/who asserts/);
  });

  it('turns a link draft into the API input, leaving out what is not given', () => {
    const draft = { ...newLinkDraft(nio, jac, 'k'), evidence: [{ ...quote, attributionKind: 'OUTLET' as const, attributionName: ' Reuters ' }], validFrom: '2018', validFromBasis: 'STATED' as const };
    expect(relationshipInput(draft)).toEqual({
      from: 'nio', to: 'jac', type: 'BUILT_BY', status: 'REPORTED', validFrom: '2018', validFromBasis: 'STATED',
      evidence: [{ source: 'src-1', quote: 'JAC builds NIO cars', stance: 'SUPPORTS', attribution: { kind: 'OUTLET', name: 'Reuters' } }],
    });
  });

  it('patches only what a change changes, and needs a reason and some change', () => {
    const draft = newChangeDraft('r', 'NIO is built by JAC', 3, linkFields, 'k');
    expect(changePatch(draft)).toEqual({});
    expect(checkChangeDraft(draft)).toEqual({ patch: 'nothing is changed yet', reason: expect.any(String) });
    const changed = { ...draft, status: 'CONFIRMED' as const, validTo: '2023-12', validToBasis: 'STATED' as const, reason: 'the end was announced' };
    expect(changePatch(changed)).toEqual({ status: 'CONFIRMED', validTo: '2023-12', validToBasis: 'STATED' });
    expect(checkChangeDraft(changed)).toEqual({});
    expect(changePatch({ ...draft, validFrom: '', validFromBasis: '' })).toEqual({ validFrom: null, validFromBasis: null });
    expect(changePatch({ ...draft, evidence: [quote] }).addEvidence).toHaveLength(1);
  });

  it('splits aliases and trims an entity; checks and trims a source', () => {
    expect(entityInput({ ...newEntityDraft('k'), name: ' Leapmotor ', aliases: '零跑, Leap Motor,\n零跑', country: 'CN' })).toEqual({
      name: 'Leapmotor', type: 'Company', kind: 'AUTOMAKER', aliases: ['零跑', 'Leap Motor'], country: 'CN',
    });
    expect(Object.keys(checkSourceDraft(EMPTY_SOURCE)).sort()).toEqual(['publisher', 'text', 'title']);
    expect(checkSourceDraft({ ...EMPTY_SOURCE, title: 't', publisher: 'p', text: 'x', url: 'ftp://x', publishedOn: '2024', publishedOnBasis: 'INFERRED' })).toEqual({
      url: expect.any(String), publishedOnNote: expect.any(String),
    });
    expect(sourceInput({ ...EMPTY_SOURCE, title: ' T ', publisher: 'P', text: 'body', publishedOn: '2024-05-01' })).toEqual({
      title: 'T', publisher: 'P', text: 'body', publishedOn: '2024-05-01', publishedOnBasis: 'STATED',
    });
  });
});

describe('proposed links', () => {
  const proposal = (id: string, kind: string, state: string, payload: unknown): Parameters<typeof proposedLinks>[0][number] => ({
    id, kind, state, payload: JSON.stringify(payload), author: { email: 'ada@example.org' },
  });

  it('reads pending new links from payloads and skips the rest', () => {
    const links = proposedLinks([
      proposal('p1', 'RELATIONSHIP', 'PENDING', { from: 'nio', to: 'miit', type: 'APPROVED_BY', status: 'CONFIRMED' }),
      proposal('p2', 'RELATIONSHIP', 'ACCEPTED', { from: 'nio', to: 'jac', type: 'BUILT_BY', status: 'CONFIRMED' }),
      proposal('p3', 'ENTITY', 'PENDING', { name: 'X' }),
      proposal('p4', 'RELATIONSHIP', 'PENDING', { input: { from: 'jac', to: 'nio', type: 'NOT_A_TYPE' } }),
    ]);
    expect(links).toEqual([{ id: 'proposal:p1', proposal: 'p1', from: 'nio', to: 'miit', type: 'APPROVED_BY', status: 'CONFIRMED', author: 'ada@example.org' }]);
  });

  it('draws them as proposed edges between entities the canvas shows, apart from the graph links', () => {
    const links = proposedLinks([
      proposal('p1', 'RELATIONSHIP', 'PENDING', { from: 'jac', to: 'miit', type: 'APPROVED_BY', status: 'REPORTED' }),
      proposal('p2', 'RELATIONSHIP', 'PENDING', { input: { from: 'nio', to: 'elsewhere', type: 'BUILT_BY', status: 'REPORTED' } }),
    ]);
    const state = withProposed(addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), links);
    const edges = canvasElements(state).filter((e) => e.group === 'edges');
    const proposed = edges.filter((e) => e.classes === 'proposed');
    expect(proposed.map((e) => [e.data.id, e.data.source, e.data.target, e.data.label])).toEqual([['proposal:p1', 'jac', 'miit', 'proposed: Approved by']]);
    expect(edges.filter((e) => e.classes.startsWith('rel ')).map((e) => e.data.id).sort()).toEqual(['nio-approved-by-miit', 'nio-built-by-jac']);
    expect(canvasElements(withProposed(state, [])).some((e) => e.classes === 'proposed')).toBe(false);
  });

  it('leaves a state alone when the proposed links are already its own', () => {
    const links = proposedLinks([proposal('p1', 'RELATIONSHIP', 'PENDING', { from: 'a', to: 'b', type: 'BUILT_BY' })]);
    const once = withProposed(EMPTY_STATE, links);
    expect(withProposed(once, links)).toBe(once);
    expect(withProposed(EMPTY_STATE, [])).toBe(EMPTY_STATE);
  });
});

describe('source reader', () => {
  const text = 'NIO said on Monday that JAC\nwill keep building its cars.\n\nAnalysts were not surprised.\n\nThe deal ends in 2025.';

  it('splits the text into paragraphs as the server finds them, and finds a quote’s paragraph', () => {
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphIndexOf(paragraphs, 'JAC will keep building')).toBe(0);
    expect(paragraphIndexOf(paragraphs, 'ends in 2025')).toBe(2);
    expect(paragraphIndexOf(paragraphs, 'nowhere')).toBe(-1);
    expect(splitParagraphs('one line\nanother line')).toEqual(['one line', 'another line']);
  });

  it('takes a selection verbatim from the source, whatever spacing the browser gives it', () => {
    const paragraphs = splitParagraphs(text);
    expect(quoteFromSelection(paragraphs, '  JAC will keep building ')).toEqual({ paragraph: 0, quote: 'JAC\nwill keep building' });
    expect(quoteFromSelection(paragraphs, 'Analysts were', 1)).toEqual({ paragraph: 1, quote: 'Analysts were' });
  });

  it('refuses a selection across paragraphs, or of nothing', () => {
    const paragraphs = splitParagraphs(text);
    expect(quoteFromSelection(paragraphs, 'its cars.\n\nAnalysts')).toBeNull();
    expect(quoteFromSelection(paragraphs, ' ')).toBeNull();
  });
});

describe('editing errors', () => {
  it('says a refused sign-in plainly', () => {
    expect(signInMessage(401, null)).toBe('Email or password is wrong');
    expect(signInMessage(429, 30)).toBe('Too many attempts, try again in 30 s');
    expect(signInMessage(429, null)).toBe('Too many attempts, try again later');
  });

  it('marks the field the server names, and offers a reload on CONFLICT', () => {
    expect(argumentField('input.evidence[1].quote')).toBe('evidence.1');
    expect(argumentField('patch.validFrom')).toBe('validFrom');
    const bad = failure(new ApiError('BAD_USER_INPUT', 'not a date', null, { argument: 'input.validFrom' }));
    expect(bad).toEqual({ ok: false, problems: { validFrom: 'not a date' }, message: 'not a date' });
    const listed = failure(new ApiError('BAD_USER_INPUT', 'quote not found (and 1 more problem)', null, {
      argument: 'input.evidence[0].quote',
      problems: [{ field: 'input.evidence[0].quote', message: 'not found verbatim in the source' }, { field: 'input.validFrom', message: 'not a date' }],
    }));
    expect(listed.problems).toEqual({ 'evidence.0': 'not found verbatim in the source', validFrom: 'not a date' });
    const conflict = failure(new ApiError('CONFLICT', 'version 3 is not the current one', null, { currentVersion: 4 }));
    expect(conflict).toMatchObject({ ok: false, message: 'Someone else changed this since you opened it.', conflict: { current: 4 } });
  });
});
