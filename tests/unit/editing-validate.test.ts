// The pure parts of the editing API: a patch applied to a stored record, the seed loader's rules
// run on one record beside stored ones, and a problem's field named as the client sent it.
import type { EntityRecord, RelationshipRecord } from '../../server/revisions';
import { inEntityPatch, inRelationshipPatch, underArgument } from '../../server/editing/locate';
import { patchEntity, patchFieldProblems, patchRelationship, unknownEvidence } from '../../server/editing/patch';
import { seedEntityOf, seedRelationshipOf } from '../../server/editing/records';
import { entityProblems, relationshipProblems } from '../../server/editing/validate';
import type { Lookups } from '../../server/editing/validate';
import { slugOf } from '../../server/editing/ids';

const QUOTE = 'Nio used the foundry service of JAC Motors.';
const lookups: Lookups = {
  entities: new Map([
    ['nio', { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', aliases: ['Nio'] }],
    ['jac', { id: 'jac', name: 'JAC Motors', kind: 'AUTOMAKER', aliases: ['JAC'] }],
  ]),
  sources: new Map([['s1', {
    id: 's1', file: 'stored.txt', title: 'T', publisher: 'P', publishedOn: '2018-12-07', publishedOnBasis: 'STATED',
    text: `Traditional carmakers have been OEMs. ${QUOTE} Others build their own.`, textPath: 'the stored article',
  }]]),
};

const link: RelationshipRecord = {
  id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'CONFIRMED', validFrom: '2018', validFromBasis: 'STATED',
  validTo: null, validToBasis: null, datesNote: null, role: null, note: 'a note', retired: false,
  evidence: [{ id: 'nio-built-by-jac#0', source: 's1', quote: QUOTE, reportedOn: null, stance: 'SUPPORTS', attributionKind: 'ARTICLE', attributionName: null, attributionEntityId: null, marksEnd: false, ord: 0 }],
  context: [],
};

describe('editing patch', () => {
  it('keeps a field left out, clears one sent as null, and numbers new quotes after the last', () => {
    const { record, addedAt } = patchRelationship(link, {
      status: 'REPORTED', note: null,
      addEvidence: [{ source: 's1', quote: QUOTE, attribution: { kind: 'OUTLET', name: 'Yicai' } }],
    });
    expect(record).toMatchObject({ status: 'REPORTED', note: null, validFrom: '2018', retired: false });
    expect(record.evidence.map((e) => [e.id, e.ord, e.attributionKind])).toEqual([['nio-built-by-jac#0', 0, 'ARTICLE'], ['nio-built-by-jac#1', 1, 'OUTLET']]);
    expect(addedAt).toEqual([null, 0]);
  });

  it('refuses fields the kind does not have, an empty patch, and quote ids the link does not have', () => {
    expect(patchFieldProblems('relationship', { name: 'x', status: 'DENIED' })).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(patchFieldProblems('entity', { status: 'DENIED' })).toEqual([expect.objectContaining({ field: 'status' })]);
    expect(patchFieldProblems('entity', {})).toEqual([expect.objectContaining({ field: null })]);
    expect(unknownEvidence(link, { retireEvidence: ['nio-built-by-jac#0', 'nope'] })).toEqual([expect.objectContaining({ field: 'retireEvidence[1]' })]);
  });

  it('adds and removes aliases, and names a bad added alias by its place in addAliases', () => {
    const entity: EntityRecord = { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', country: 'CN', aliases: ['Nio', '蔚来'], description: null, retired: false };
    const { record, addedFrom } = patchEntity(entity, { removeAliases: ['Nio'], addAliases: ['NIO Inc.', ' '] });
    expect(record.aliases).toEqual(['蔚来', 'NIO Inc.', ' ']);
    expect(inEntityPatch(entityProblems(seedEntityOf(record)), addedFrom)).toEqual([expect.objectContaining({ field: 'patch.addAliases[1]' })]);
  });
});

describe('editing validate', () => {
  it('accepts a link the seed would accept', () => {
    expect(relationshipProblems(seedRelationshipOf(link), lookups)).toEqual([]);
  });

  it('reports what the seed loader reports, in the record\'s own field names', () => {
    const bad = { ...link, status: 'DENIED' as const, validTo: '2023-02-30', evidence: [{ ...link.evidence[0]!, quote: 'JAC built it.' }] };
    const fields = relationshipProblems(seedRelationshipOf(bad), lookups).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'validTo', 'evidence[0].quote']));
  });

  it('names the input field of each problem: input.* for a new record, patch.addEvidence[i] for a quote the patch added', () => {
    expect(underArgument('input', [{ field: 'evidence[0].quote', message: 'm' }, { field: null, message: 'n' }]).map((p) => p.field)).toEqual(['input.evidence[0].quote', 'input']);
    const located = inRelationshipPatch([{ field: 'evidence[1].quote', message: 'm' }, { field: 'evidence[0].quote', message: 'm' }, { field: 'datesNote', message: 'm' }], [null, 0]);
    expect(located.map((p) => p.field)).toEqual(['patch.addEvidence[0].quote', 'patch', 'patch.datesNote']);
  });

  it('checks an entity\'s kind against the type it was given', () => {
    expect(entityProblems({ id: 'x', name: 'X', kind: 'PLANT' }, 'Company')).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect(entityProblems({ id: 'x', name: 'X', kind: 'PLANT' }, 'Plant')).toEqual([]);
  });

  it('makes slugs the seed accepts from names, dropping what is not a letter or digit', () => {
    expect(slugOf('Zhengzhou Haima Automobile Co., Ltd.')).toBe('zhengzhou-haima-automobile-co-ltd');
    expect(slugOf('Škoda Auto')).toBe('skoda-auto');
    expect(slugOf('蔚来')).toBe('');
  });
});
