import {
  addNeighbourhood,
  addSubgraph,
  clearCanvas,
  hideNodes,
  removeNodes,
  select,
  setDate,
  setTrace,
  showHidden,
  toggleKind,
  toggleRelationType,
  toggleStatus,
} from '../../client/src/model/actions';
import { describePath, hopText } from '../../client/src/model/paths';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { GraphState } from '../../client/src/model/types';
import { exportableGraph, isValidOn, linksNotLoaded, visibleGraph } from '../../client/src/model/visible';
import { canvasElements, moreNodeId } from '../../client/src/canvas/elements';
import { locateQuote, spanText } from '../../client/src/text/highlight';
import { entity, link, nioSubgraph } from './client-fixtures';

const withNio = (): GraphState => addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);

describe('graph-state actions', () => {
  it('adds a neighbourhood without mutating the previous state', () => {
    const before = EMPTY_STATE;
    const after = withNio();
    expect(before.entities).toEqual({});
    expect(Object.keys(after.entities).sort()).toEqual(['jac', 'miit', 'nio']);
    expect(Object.keys(after.relationships)).toHaveLength(2);
    expect(after.expanded).toEqual(['nio']);
  });

  it('drops links whose ends are unknown, so the canvas never has dangling edges', () => {
    const s = addSubgraph(EMPTY_STATE, { nodes: [entity('a')], edges: [link('a-b', 'a', 'b')] });
    expect(s.relationships).toEqual({});
  });

  it('returns the same state for a no-op so history records nothing', () => {
    const s = withNio();
    expect(addSubgraph(s, { nodes: [], edges: [] })).toBe(s);
    expect(removeNodes(s, ['unknown'])).toBe(s);
    expect(setDate(s, null)).toBe(s);
  });

  it('removes nodes with their links, positions, selection and a trace through them', () => {
    let s = withNio();
    s = { ...s, positions: { nio: { x: 1, y: 2 }, jac: { x: 3, y: 4 } } };
    s = select(s, { kind: 'edge', id: 'nio-built-by-jac' });
    s = setTrace(s, { from: 'nio', to: 'jac', active: null, paths: [{ steps: [{ entityId: 'nio', viaId: null, reversed: false }, { entityId: 'jac', viaId: 'nio-built-by-jac', reversed: false }] }] });
    const after = removeNodes(s, ['jac']);
    expect(after.entities.jac).toBeUndefined();
    expect(after.relationships['nio-built-by-jac']).toBeUndefined();
    expect(after.positions).toEqual({ nio: { x: 1, y: 2 } });
    expect(after.selection).toBeNull();
    expect(after.trace).toBeNull();
  });

  it('hides and shows nodes, and drops a selection that got hidden', () => {
    const s = hideNodes(select(withNio(), { kind: 'node', id: 'jac' }), ['jac']);
    expect(s.hidden).toEqual(['jac']);
    expect(s.selection).toBeNull();
    expect(visibleGraph(s).nodes.map((n) => n.id)).not.toContain('jac');
    expect(visibleGraph(s).edges.map((e) => e.rel.id)).toEqual(['nio-approved-by-miit']);
    expect(showHidden(s).hidden).toEqual([]);
  });

  it('re-adding a hidden entity shows it again', () => {
    const s = hideNodes(withNio(), ['jac']);
    expect(addSubgraph(s, { nodes: [entity('jac')], edges: [] }).hidden).toEqual([]);
  });

  it('filters by relation type, status and kind', () => {
    const s = withNio();
    expect(visibleGraph(toggleRelationType(s, 'BUILT_BY')).edges.map((e) => e.rel.id)).toEqual(['nio-approved-by-miit']);
    expect(visibleGraph(toggleStatus(s, 'CONFIRMED')).edges.map((e) => e.rel.id)).toEqual(['nio-built-by-jac']);
    const noAgencies = toggleKind(s, 'AGENCY');
    expect(visibleGraph(noAgencies).nodes.map((n) => n.id).sort()).toEqual(['jac', 'nio']);
    expect(toggleRelationType(toggleRelationType(s, 'BUILT_BY'), 'BUILT_BY').filters.hiddenTypes).toEqual([]);
  });

  it('flags links outside their validity on the chosen date, and exports leave them out', () => {
    const in2020 = setDate(withNio(), '2020-06-01');
    const flags = Object.fromEntries(visibleGraph(in2020).edges.map((e) => [e.rel.id, e.inTime]));
    expect(flags).toEqual({ 'nio-built-by-jac': true, 'nio-approved-by-miit': false });
    expect(exportableGraph(in2020).edges.map((e) => e.id)).toEqual(['nio-built-by-jac']);
    const in2024 = setDate(in2020, '2024-06-01');
    expect(exportableGraph(in2024).edges.map((e) => e.id)).toEqual(['nio-approved-by-miit']);
    expect(() => setDate(in2020, '2024')).toThrow();
  });

  it('reads partial dates as inclusive spans', () => {
    const span = { validFrom: '2018', validTo: '2023-12' };
    expect(isValidOn(span, '2018-01-01')).toBe(true);
    expect(isValidOn(span, '2017-12-31')).toBe(false);
    expect(isValidOn(span, '2023-12-31')).toBe(true);
    expect(isValidOn(span, '2024-01-01')).toBe(false);
    expect(isValidOn({ validFrom: null, validTo: null }, '1999-01-01')).toBe(true);
  });

  it('counts links not loaded yet and offers "+N more" on expanded entities only', () => {
    const s = withNio();
    expect(linksNotLoaded(s, 'nio')).toBe(3);
    const ids = canvasElements(s).map((e) => e.data.id);
    expect(ids).toContain(moreNodeId('nio'));
    expect(ids).not.toContain(moreNodeId('miit'));
  });

  it('marks traced elements and dims the rest', () => {
    const s = setTrace(withNio(), { from: 'jac', to: 'miit', active: null, paths: [{ steps: [
      { entityId: 'jac', viaId: null, reversed: false },
      { entityId: 'nio', viaId: 'nio-built-by-jac', reversed: true },
      { entityId: 'miit', viaId: 'nio-approved-by-miit', reversed: false },
    ] }] });
    const classes = Object.fromEntries(canvasElements(s).map((e) => [e.data.id, e.classes]));
    expect(classes['nio-built-by-jac']).toContain('traced');
    expect(classes.nio).toContain('traced');
    expect(classes[moreNodeId('nio')]).toContain('dimmed');
    const hops = describePath(s, s.trace!.paths[0]!);
    expect(hops.map(hopText)).toEqual(['NIO → is built by → JAC', 'NIO → holds production approval from → MIIT']);
  });

  it('clears the canvas but keeps filters and date', () => {
    const s = clearCanvas(setDate(toggleStatus(withNio(), 'RUMOURED'), '2020-01-01'));
    expect(s.entities).toEqual({});
    expect(s.asOf).toBe('2020-01-01');
    expect(s.filters.hiddenStatuses).toEqual(['RUMOURED']);
  });
});

describe('quote highlighting', () => {
  it('finds a quote in its paragraph across different white space', () => {
    const para = 'Earlier text. NIO said the deal\n  with JAC ends in 2023. Later text.';
    expect(locateQuote(para, 'NIO said the deal with JAC ends in 2023.')).toEqual({
      before: 'Earlier text. ',
      match: 'NIO said the deal\n  with JAC ends in 2023.',
      after: ' Later text.',
    });
    expect(locateQuote(para, 'not there')).toBeNull();
    expect(locateQuote('蔚来汽车与江淮汽车合作。', '江淮汽车')?.match).toBe('江淮汽车');
  });

  it('reads spans', () => {
    expect(spanText('2018', '2023-12')).toBe('2018 – 2023-12');
    expect(spanText(null, null)).toBe('no dates given');
  });
});
