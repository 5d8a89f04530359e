// The "Add article" page model, in Node: the article's fields and file, what intake read turned into
// candidates, deciding and editing them, the picks filed (with the claims rules checked first), the
// focus between the text and the list, and a refusal's field path mapped to the field it names.
import {
  acceptAllOpen, backToCandidates, decide, editAgain, editArticle, editCandidate, editEntity, fileUnreadable, filingDone, filingFailed, filingStarted,
  focusCandidate, focusText, formatOfFile, loadFile, newIntakeState, readingDone, readingFailed, readingStarted, resetCandidate, startOver,
  swapDirection, titleOfFile, toggleEditing,
} from '../../client/src/model/intake';
import type { FiledProposal, IntakeState } from '../../client/src/model/intake';
import {
  articleInput, candidateSentence, checkArticle, checkPicks, filedSummary, linkOf, namedField, newEntitiesOf, pathOfError, picksOf,
} from '../../client/src/model/intakePicks';
import { READING, S2, TEXT } from './client-intake-fixtures';

const S2start = TEXT.indexOf(S2);

const read = (): IntakeState => readingDone(readingStarted(newIntakeState('k0'), 1000), READING, 'k1');
const key = (s: IntakeState, type: string): string => s.candidates.find((c) => c.claim.type === type)?.key ?? '?';

describe('intake page model', () => {
  it('keeps what is typed and clears a field’s problem when it is edited', () => {
    let s = readingFailed(newIntakeState('k'), { title: 'an article needs its title', text: 'paste it' }, 'Some fields need fixing.');
    s = editArticle(s, { title: 'Harbin Motors opens a plant' });
    expect(s.problems).toEqual({ text: 'paste it' });
    expect(s.article.title).toBe('Harbin Motors opens a plant');
    expect(s.phase).toBe('writing');
  });

  it('checks the article before sending it and sends only what was given', () => {
    const empty = newIntakeState('k').article;
    expect(Object.keys(checkArticle(empty)).sort()).toEqual(['publisher', 'text', 'title']);
    expect(checkArticle({ ...empty, text: 'x', title: 't', publisher: 'p', publishedOn: 'March', url: 'ftp://x' })).toEqual({
      publishedOn: 'a date is YYYY, YYYY-MM or YYYY-MM-DD', url: 'an address starts with http:// or https://',
    });
    expect(checkArticle({ ...empty, text: 'x'.repeat(200_001), title: 't', publisher: 'p' }).text).toMatch(/200,001 characters/);
    expect(articleInput({ ...empty, text: TEXT, title: ' T ', publisher: 'P', publishedOn: '2024-03-05', format: 'MARKDOWN' })).toEqual({
      text: TEXT, title: 'T', publisher: 'P', format: 'MARKDOWN', publishedOn: '2024-03-05', publishedOnBasis: 'STATED',
    });
  });

  it('reads an uploaded file’s format from its name and a title from its content', () => {
    expect([formatOfFile('a.TXT'), formatOfFile('b.md'), formatOfFile('c.htm'), formatOfFile('d.pdf')]).toEqual(['TEXT', 'MARKDOWN', 'HTML', null]);
    expect(titleOfFile('page.html', '<html><head><title>Qilin &amp; Harbin</title></head></html>', 'HTML')).toBe('Qilin & Harbin');
    expect(titleOfFile('notes.md', 'intro\n# Qilin buys a plant\ntext', 'MARKDOWN')).toBe('Qilin buys a plant');
    expect(titleOfFile('qilin-harbin_deal.txt', 'text', 'TEXT')).toBe('qilin harbin deal');
    const s = loadFile(editArticle(newIntakeState('k'), { title: 'Mine' }), { name: 'a.md', text: '# Other\nbody' });
    expect([s.article.title, s.article.format, s.article.fileName, s.article.text]).toEqual(['Mine', 'MARKDOWN', 'a.md', '# Other\nbody']);
    const pdf = loadFile(s, { name: 'b.pdf', text: '%PDF' });
    expect(pdf.article.text).toBe('# Other\nbody');
    expect(pdf.problems.text).toMatch(/\.txt, \.md and \.html/);
    expect(fileUnreadable(s, 'x.txt', 'denied').problems.text).toBe('could not read x.txt: denied');
  });

  it('turns what intake read into open candidates in the article’s order, and new entities into editable ones', () => {
    const s = read();
    expect(s.phase).toBe('reviewing');
    expect(s.startedAt).toBeNull();
    expect(s.candidates.map((c) => [c.claim.type, c.decision])).toEqual([['BUILT_BY', 'open'], ['PLANS_TO_ACQUIRE', 'open'], ['SUBSIDIARY_OF', 'open']]);
    expect(s.entities).toEqual({ e3: { name: 'Qilin Auto Works', kind: 'PLANT' } });
    expect(s.fileKey).toBe('k1');
  });

  it('accepts, rejects and toggles a decision back, and accepts the undecided at once', () => {
    let s = read();
    const built = key(s, 'BUILT_BY');
    s = decide(s, built, 'accepted');
    expect(s.candidates[0]?.decision).toBe('accepted');
    s = decide(s, built, 'accepted');
    expect(s.candidates[0]?.decision).toBe('open');
    s = decide(s, key(s, 'SUBSIDIARY_OF'), 'rejected');
    s = acceptAllOpen(s);
    expect(s.candidates.map((c) => c.decision)).toEqual(['accepted', 'accepted', 'rejected']);
  });

  it('edits a candidate’s type, status and dates, swaps its ends, and puts it back as read', () => {
    let s = read();
    const k = key(s, 'PLANS_TO_ACQUIRE');
    s = toggleEditing(s, k);
    expect(s.candidates[1]?.decision).toBe('accepted');
    s = editCandidate(s, k, { status: 'RUMOURED', validFrom: '2024', validFromBasis: 'STATED' });
    s = swapDirection(s, k);
    expect(candidateSentence(s.candidates[1]!, s)).toBe('Harbin Motors plans to acquire Dongfeng Sun');
    const pick = picksOf(s).picks[0];
    expect(pick).toMatchObject({ from: { entityId: 'harbin' }, to: { entityId: 'dongfeng-sun' }, status: 'RUMOURED', validFrom: '2024', validFromBasis: 'STATED', stance: 'QUALIFIES' });
    s = resetCandidate(s, k);
    expect([s.candidates[1]?.status, s.candidates[1]?.swapped, s.candidates[1]?.validFrom, s.candidates[1]?.decision]).toEqual(['REPORTED', false, '', 'accepted']);
  });

  it('files new entities with the name and kind the user left, and existing links as evidence only while kept', () => {
    let s = acceptAllOpen(read());
    s = editEntity(s, 'e3', { name: 'Qilin Works', kind: 'PLANT' });
    const { keys, picks } = picksOf(s);
    expect(keys).toEqual(s.candidates.map((c) => c.key));
    expect(picks[0]).toMatchObject({ from: { entityId: 'dongfeng-sun' }, to: { name: 'Qilin Works', kind: 'PLANT' }, type: 'BUILT_BY', quote: READING.claims[0]?.quote });
    expect(picks[2]).toMatchObject({ existing: 'harbin-sub-dongfeng-sun', attribution: { kind: 'OUTLET', name: 'Reuters' } });
    expect(newEntitiesOf(s)).toEqual(['e3']);
    const sub = key(s, 'SUBSIDIARY_OF');
    expect(linkOf(s.candidates[2]!)).toBe('harbin-sub-dongfeng-sun');
    s = editCandidate(s, sub, { type: 'JOINTLY_OWNED_BY' });
    expect(linkOf(s.candidates[2]!)).toBeNull();
    expect(picksOf(s).picks[2]?.existing).toBeUndefined();
  });

  it('files a denial as contradicting, and refuses what the claims rules refuse before sending', () => {
    let s = acceptAllOpen(read());
    const sub = key(s, 'SUBSIDIARY_OF');
    s = editCandidate(s, sub, { status: 'DENIED' });
    expect(picksOf(s).picks[2]?.stance).toBe('CONTRADICTS');
    s = editCandidate(s, sub, { status: 'CONFIRMED', validTo: '2020', validToBasis: '' });
    s = editEntity(s, 'e3', { name: ' ' });
    expect(checkPicks(s)).toEqual({
      [sub]: { status: expect.stringMatching(/REPORTED/) as unknown as string, validToBasis: 'say how the date is known' },
      [key(s, 'BUILT_BY')]: { to: 'a new entity needs a name' },
    });
    s = editCandidate(s, sub, { status: 'REPORTED', validTo: '2020', validToBasis: 'INFERRED' });
    expect(checkPicks(s)[sub]).toEqual({ datesNote: 'say how the date was worked out, or what bounds it' });
  });

  it('marks a candidate’s sentence from the list, and a passage’s candidates from the text', () => {
    let s = read();
    const built = READING.claims[0]!;
    s = focusCandidate(s, built.key);
    expect(s.focus).toEqual({ keys: [built.key], start: built.start, end: built.end, from: 'list' });
    s = focusText(s, S2start + 2, S2start + 3);
    expect(s.focus).toEqual({ keys: ['c2', 'c3'], start: S2start, end: S2start + S2.length, from: 'text' });
    expect(focusText(s, TEXT.indexOf('\n'), TEXT.indexOf('\n') + 1).focus).toBeNull();
  });

  it('keeps the candidates through a refused filing, opening those at fault, and needs a new key after a filing', () => {
    let s = acceptAllOpen(read());
    s = filingStarted(s, 5);
    expect([s.phase, s.startedAt]).toEqual(['filing', 5]);
    const k = key(s, 'BUILT_BY');
    s = filingFailed(s, { [k]: { quote: 'not in the source' } }, 'Some candidates need fixing.');
    expect([s.phase, s.candidates[0]?.editing, s.candidates[0]?.decision, s.pickProblems[k]]).toEqual(['reviewing', true, 'accepted', { quote: 'not in the source' }]);
    s = editCandidate(s, k, { status: 'REPORTED' });
    expect(s.pickProblems[k]).toBeUndefined();
    const filed: FiledProposal[] = [proposal('p1', 'ENTITY', { name: 'Qilin Auto Works', kind: 'PLANT' }, 'qilin-auto-works'), proposal('p2', 'RELATIONSHIP', { from: 'dongfeng-sun', to: 'qilin-auto-works', type: 'BUILT_BY' })];
    s = filingDone(s, filed, 'k2');
    expect([s.phase, s.fileKey]).toEqual(['filed', 'k2']);
    expect(s.filed.map((p) => filedSummary(p, s))).toEqual(['New entity: Qilin Auto Works', 'New link: Dongfeng Sun is built by Qilin Auto Works']);
    expect(filedSummary(proposal('p3', 'CHANGE', { addEvidence: [] }, 'harbin-sub-dongfeng-sun'), s)).toBe('New evidence for Harbin Motors is a subsidiary of Dongfeng Sun');
    expect(backToCandidates(s).phase).toBe('reviewing');
    expect(editAgain(s).article).toBe(s.article);
    expect(startOver(s, 'k3')).toEqual(newIntakeState('k3'));
  });

  it('finds the field a refusal names, in its extensions or in its message', () => {
    expect(namedField('input.title')).toEqual({ kind: 'article', field: 'title' });
    expect(namedField('picks[2].quote')).toEqual({ kind: 'pick', index: 2, field: 'quote' });
    expect(namedField('picks[0].to.name')).toEqual({ kind: 'pick', index: 0, field: 'to' });
    expect(namedField('picks[1].attribution.name')).toEqual({ kind: 'pick', index: 1, field: 'quote' });
    expect(namedField('source')).toBeNull();
    expect(pathOfError('x', { argument: 'input.text' })).toBe('input.text');
    expect(pathOfError('x', { field: 'picks[1].validFrom' })).toBe('picks[1].validFrom');
    expect(pathOfError('Variable "$input" got invalid value null at "input.publisher"; Expected non-nullable type "String!" not to be null.', {})).toBe('input.publisher');
    expect(pathOfError('Something else', {})).toBeNull();
  });
});

function proposal(id: string, kind: string, payload: Record<string, unknown>, target: string | null = null): FiledProposal {
  return {
    id, kind, state: 'PENDING', payload: JSON.stringify(payload), target, createdAt: '2024-03-05T00:00:00Z', reviewedAt: null, note: null, baseVersion: null, reason: null,
    author: { id: 'u', email: 'c@example.org', role: 'contributor' }, reviewer: null, result: null,
  };
}
