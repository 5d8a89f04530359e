// The table view's rows (table/rows.ts): what is drawn, as cells that sort and filter.
import { addSubgraph, hideNodes, setDate } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { ENTITY_COLUMNS, LINK_COLUMNS, entityRows, filterRows, linkRows, sortRows } from '../../client/src/table/rows';
import type { TableEvidence } from '../../client/src/table/rows';
import { entity, link, nioSubgraph } from './client-fixtures';

const state = addSubgraph(EMPTY_STATE, nioSubgraph);
const quote = (kind: 'ARTICLE' | 'OUTLET', name: string | null, stance = 'SUPPORTS'): TableEvidence => ({
  stance,
  attribution: { kind, name },
  source: { title: 'Nio’s Big Win', publisher: 'EV News', url: 'https://example.org/a' },
});

describe('table/rows', () => {
  it('has one entity row per drawn entity with its links shown and in the graph', () => {
    const rows = entityRows(hideNodes(state, ['miit']));
    expect(rows.map((r) => [r.name, r.kind, r.links, r.degree])).toEqual([['NIO', 'EV start-up', 1, 5], ['JAC', 'Automaker', 1, 3]]);
  });

  it('has one link row per drawn link with status, dates, who asserts it and the source', () => {
    const rows = linkRows(state, { 'nio-built-by-jac': [quote('OUTLET', 'Bloomberg'), quote('ARTICLE', null), quote('OUTLET', 'Reuters', 'CONTRADICTS')] });
    const built = rows.find((r) => r.id === 'nio-built-by-jac');
    expect(built).toMatchObject({ from: 'NIO', to: 'JAC', status: 'Ended', dates: 'from 2018, until Dec 2023', start: '2018', attribution: 'per Bloomberg; the article', source: 'Nio’s Big Win (EV News)', url: 'https://example.org/a', inTime: true });
    // Quotes not fetched yet: the columns are empty, not "no source".
    expect(rows.find((r) => r.id === 'nio-approved-by-miit')).toMatchObject({ attribution: '', source: '', url: null });
    // A link the date fades stays in the table, marked.
    expect(linkRows(setDate(state, '2025-01-01'), {}).find((r) => r.id === 'nio-built-by-jac')?.inTime).toBe(false);
  });

  it('sorts numbers as numbers, dates by their start, and either way round', () => {
    const many = addSubgraph(EMPTY_STATE, {
      nodes: [entity('a'), entity('b'), entity('c')],
      edges: [link('x', 'a', 'b', { validFrom: '2020' }), link('y', 'a', 'c', { validFrom: '2018-05' }), link('z', 'b', 'c')],
    });
    expect(sortRows(entityRows(many), { column: 'links', descending: true }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(sortRows(linkRows(many, {}), { column: 'dates', descending: false }).map((r) => r.id)).toEqual(['z', 'y', 'x']);
    expect(sortRows(entityRows(many), { column: 'name', descending: true }).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('filters on every word, in any shown column, ignoring case and accents', () => {
    const rows = linkRows(state, { 'nio-built-by-jac': [quote('OUTLET', 'Bloomberg')] });
    expect(filterRows(rows, 'bloomberg ENDED', LINK_COLUMNS).map((r) => r.id)).toEqual(['nio-built-by-jac']);
    expect(filterRows(rows, 'approval', LINK_COLUMNS).map((r) => r.id)).toEqual(['nio-approved-by-miit']);
    expect(filterRows(entityRows(state), 'évstart', ENTITY_COLUMNS)).toEqual([]);
    expect(filterRows(entityRows(state), '  ', ENTITY_COLUMNS)).toHaveLength(3);
  });
});
