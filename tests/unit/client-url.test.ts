import { ENTITY_KINDS, RELATION_TYPES, STATUSES } from '#vocabulary';
import type { EntityKind, RelationType } from '#vocabulary';
import { addNeighbourhood, hideNodes, select, setDate, setLayout, setTrace, toggleRelationType } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { EMPTY_VIEW, fromQuery, toQuery, viewOf } from '../../client/src/url/viewState';
import type { ViewState } from '../../client/src/url/viewState';
import { nioSubgraph } from './client-fixtures';

describe('URL (de)serialisation of the view', () => {
  it('round-trips a full view', () => {
    let s = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
    s = hideNodes(s, ['miit']);
    s = toggleRelationType(s, 'APPROVED_BY');
    s = setDate(s, '2021-03-01');
    s = select(s, { kind: 'edge', id: 'nio-built-by-jac' });
    s = setLayout(s, 'dagre');
    s = setTrace(s, { from: 'nio', to: 'jac', paths: [], active: 1 });
    const view = viewOf(s);
    const query = toQuery(view);
    expect(fromQuery(query)).toEqual(view);
    expect(query).toContain('d=2021-03-01');
  });

  it('round-trips every filter value of the vocabulary', () => {
    const view: ViewState = {
      ...EMPTY_VIEW,
      filters: {
        hiddenTypes: (Object.keys(RELATION_TYPES) as RelationType[]).sort(),
        hiddenStatuses: [...STATUSES].sort(),
        hiddenKinds: (Object.keys(ENTITY_KINDS) as EntityKind[]).sort(),
      },
    };
    expect(fromQuery(toQuery(view))).toEqual(view);
  });

  it('gives an empty query for an empty view and the same link for the same view', () => {
    expect(toQuery(EMPTY_VIEW)).toBe('');
    const a = toQuery({ ...EMPTY_VIEW, entities: ['b', 'a'] });
    const b = toQuery({ ...EMPTY_VIEW, entities: ['a', 'b', 'a'] });
    expect(a).toBe(b);
  });

  it('drops malformed or unknown parts instead of failing', () => {
    const view = fromQuery('n=nio,jac,<script>&h=nio,ghost&ft=BUILT_BY,NOPE&fs=RUMOURED,x&d=2020-13&s=n:ghost&t=nio&l=circle&tp=-1');
    expect(view.entities).toEqual(['jac', 'nio']);
    expect(view.hidden).toEqual(['nio']);
    expect(view.filters.hiddenTypes).toEqual(['BUILT_BY']);
    expect(view.filters.hiddenStatuses).toEqual(['RUMOURED']);
    expect(view.asOf).toBeNull();
    expect(view.selection).toBeNull();
    expect(view.trace).toBeNull();
    expect(view.layout).toBe('fcose');
  });

  it('keeps slug ids and the selection intact after a leading question mark', () => {
    const view: ViewState = { ...EMPTY_VIEW, entities: ['baic-offroad', 'xiaomi-auto'], selection: { kind: 'node', id: 'xiaomi-auto' } };
    expect(fromQuery(`?${toQuery(view)}`)).toEqual(view);
  });
});
