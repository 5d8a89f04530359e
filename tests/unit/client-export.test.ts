import { addNeighbourhood, setDate, setTrace } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { exportableGraph } from '../../client/src/model/visible';
import type { EvidenceInfo } from '../../client/src/api/linkage';
import { toBrief } from '../../client/src/export/brief';
import { toGraphML } from '#vocabulary/exchange/graphml';
import { escapeXml } from '#vocabulary/exchange/xml';
import { toJsonExport } from '../../client/src/export/json';
import { entity, link, nioSubgraph } from './client-fixtures';

const quote = (text: string, stance: EvidenceInfo['stance'] = 'SUPPORTS', extra: Partial<EvidenceInfo> = {}): EvidenceInfo => ({
  quote: text,
  reportedOn: null,
  stance,
  marksEnd: false,
  attribution: { kind: 'ARTICLE', name: null, entity: null },
  paragraph: `Before. ${text} After.`,
  source: { id: 's1', title: 'Nio’s Big Win', publisher: 'EV News', author: null, publishedOn: '2023-12-05', publishedOnBasis: 'STATED', publishedOnNote: null, url: 'https://example.org/a' },
  ...extra,
});

const traced = setTrace(addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), {
  from: 'jac',
  to: 'miit',
  active: null,
  paths: [{ steps: [
    { entityId: 'jac', viaId: null, reversed: false },
    { entityId: 'nio', viaId: 'nio-built-by-jac', reversed: true },
    { entityId: 'miit', viaId: 'nio-approved-by-miit', reversed: false },
  ] }],
});

describe('text brief of a traced path', () => {
  it('writes one line per step, footnoted with the source quote', () => {
    const brief = toBrief({
      state: setDate(traced, '2023-12-15'),
      evidence: {
        'nio-built-by-jac': [quote('Nio denied it.', 'CONTRADICTS'), quote('Nio used the foundry service of JAC Motors.')],
        'nio-approved-by-miit': [quote('NIO appeared in the MIIT system.')],
      },
      quotesPerStep: 1,
    });
    expect(brief).toContain('How JAC connects to MIIT');
    expect(brief).toContain('As of 2023-12-15');
    // The fixture's dates carry no basis, so the brief gives them as bare dates (and the denial left out is counted).
    expect(brief).toContain('  1. NIO → is built by → JAC (ended; from 2018; until Dec 2023) [1] — 1 more quote contradicts it');
    expect(brief).toContain('  2. NIO → holds production approval from → MIIT (confirmed; from Dec 2023) [2]');
    // Supporting quotes are cited before contradicting ones.
    expect(brief).toContain('[1] “Nio used the foundry service of JAC Motors.” — in the article’s own voice — Nio’s Big Win — EV News — 5 Dec 2023. https://example.org/a');
    expect(brief).not.toContain('Nio denied it.');
  });

  it('says who asserts each quote, how each date is known, and what an aged report is', () => {
    const dated = addNeighbourhood(EMPTY_STATE, ['nio'], {
      nodes: nioSubgraph.nodes,
      edges: [
        link('nio-built-by-jac', 'nio', 'jac', { validFrom: '2018', validFromBasis: 'STATED', datesNote: 'No source states an end.' }),
        link('nio-approved-by-miit', 'nio', 'miit', {
          type: 'APPROVED_BY', label: 'holds production approval from', status: 'REPORTED',
          validFrom: '2023-12-04', validFromBasis: 'INFERRED', datesNote: '“On Monday” in an article of December 2023.', lastReportedOn: '2023-12-04',
        }),
      ],
    });
    const state = setDate(setTrace(dated, traced.trace!), '2024-06-01');
    const brief = toBrief({
      state,
      evidence: {
        'nio-built-by-jac': [
          quote('JAC denied it.', 'CONTRADICTS', { attribution: { kind: 'ANONYMOUS', name: 'a JAC source', entity: null } }),
          quote('Nio has been producing with JAC.', 'SUPPORTS', { attribution: { kind: 'OUTLET', name: 'Reuters', entity: null } }),
        ],
        'nio-approved-by-miit': [
          quote('Details remain undisclosed.', 'QUALIFIES', { attribution: { kind: 'OUTLET', name: 'Reuters', entity: null } }),
          quote('NIO appeared in the system.', 'SUPPORTS', {
            attribution: { kind: 'OFFICIAL_RECORD', name: 'the MIIT register', entity: { id: 'miit', name: 'MIIT' } },
            source: { id: 's2', title: 'NIO approved', publisher: 'Pandaily', author: null, publishedOn: '2023-12', publishedOnBasis: 'INFERRED', publishedOnNote: 'from the text', url: null },
          }),
        ],
      },
    });
    expect(brief).toContain('  1. NIO → is built by → JAC (confirmed; from 2018, date stated) [1][2]');
    expect(brief).toContain('     How the dates are known: No source states an end.');
    expect(brief).toContain('  2. NIO → holds production approval from → MIIT (reported; from 4 Dec 2023, date inferred; reported on 4 Dec 2023, not confirmed since) [3][4]');
    expect(brief).toContain('[1] “Nio has been producing with JAC.” — per Reuters — Nio’s Big Win');
    expect(brief).toContain('[2] “JAC denied it.” — per a JAC source (unnamed source) — Nio’s Big Win — EV News — 5 Dec 2023 (contradicts the link: denies it). https://example.org/a');
    expect(brief).toContain('[3] “NIO appeared in the system.” — official record: the MIIT register — NIO approved — Pandaily — Dec 2023 (date inferred). No URL known.');
    expect(brief).toContain('[4] “Details remain undisclosed.” — per Reuters — Nio’s Big Win — EV News — 5 Dec 2023 (qualifies the link: hedges, does not confirm)');
  });

  it('says so when no path was found', () => {
    const none = setTrace(traced, { from: 'jac', to: 'miit', active: null, paths: [] });
    expect(toBrief({ state: none, evidence: {} })).toContain('No path was found');
  });
});

describe('GraphML and JSON of the visible subgraph', () => {
  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml('A & B <C> "d" \'e\'\u0001')).toBe('A &amp; B &lt;C&gt; &quot;d&quot; &apos;e&apos;');
  });

  it('writes every visible node and in-date link with its attributes', () => {
    const s = setDate(addNeighbourhood(EMPTY_STATE, ['nio'], { ...nioSubgraph, nodes: [...nioSubgraph.nodes, entity('x&y', { name: 'X & <Y>' })] }), '2020-01-01');
    const xml = toGraphML(exportableGraph(s));
    expect(xml.match(/<node /g)).toHaveLength(4);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain('<node id="x&amp;y">');
    // The same keys as the server's export (one writer): the name is the "label" attribute Gephi captions with.
    expect(xml).toContain('<data key="n_label">X &amp; &lt;Y&gt;</data>');
    expect(xml).toContain('<data key="n_aliases">蔚来</data>');
    expect(xml).toContain('<edge id="nio-built-by-jac" source="nio" target="jac">');
    // How the page's links are dated goes into the file with them.
    const basisXml = toGraphML({ nodes: nioSubgraph.nodes, edges: [link('n-j', 'nio', 'jac', { validFrom: '2016', validFromBasis: 'NOT_BEFORE', datesNote: 'since 2016' })] });
    expect(basisXml).toContain('<data key="e_validFromBasis">NOT_BEFORE</data>');
    expect(basisXml).toContain('<data key="e_datesNote">since 2016</data>');
    // The page holds no quotes for its links, so it claims no evidence count for them.
    expect(xml).not.toContain('<data key="e_evidenceCount">');
    const json = JSON.parse(toJsonExport(exportableGraph(s), s, new Date('2024-01-01T00:00:00Z'))) as { format: string; asOf: string; edges: unknown[] };
    expect(json).toMatchObject({ format: 'linkage-subgraph', asOf: '2020-01-01' });
    expect(json.edges).toHaveLength(1);
    // Each link says how its dates are known, and when it was last reported.
    expect(Object.keys(json.edges[0] as object)).toEqual(expect.arrayContaining(['validFromBasis', 'validToBasis', 'datesNote', 'lastReportedOn']));
  });
});
