import { addNeighbourhood, setDate, setTrace } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { exportableGraph } from '../../client/src/model/visible';
import type { EvidenceInfo } from '../../client/src/api/linkage';
import { toBrief } from '../../client/src/export/brief';
import { toGraphML } from '#vocabulary/exchange/graphml';
import { escapeXml } from '#vocabulary/exchange/xml';
import { toJsonExport } from '../../client/src/export/json';
import { entity, nioSubgraph } from './client-fixtures';

const quote = (text: string, stance: EvidenceInfo['stance'] = 'SUPPORTS'): EvidenceInfo => ({
  quote: text,
  reportedOn: null,
  stance,
  paragraph: `Before. ${text} After.`,
  source: { id: 's1', title: 'Nio’s Big Win', publisher: 'EV News', author: null, publishedOn: '2023-12-05', publishedOnNote: null, url: 'https://example.org/a' },
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
    expect(brief).toContain('  1. JAC → builds for → NIO (ended, 2018 to 2023-12) [1]');
    expect(brief).toContain('  2. NIO → holds production approval from → MIIT (confirmed, 2023-12 to now) [2]');
    // Supporting quotes are cited before contradicting ones.
    expect(brief).toContain('[1] “Nio used the foundry service of JAC Motors.” — Nio’s Big Win — EV News — 2023-12-05. https://example.org/a');
    expect(brief).not.toContain('Nio denied it.');
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
    // The page holds no quotes for its links, so it claims no evidence count for them.
    expect(xml).not.toContain('<data key="e_evidenceCount">');
    const json = JSON.parse(toJsonExport(exportableGraph(s), s, new Date('2024-01-01T00:00:00Z'))) as { format: string; asOf: string; edges: unknown[] };
    expect(json).toMatchObject({ format: 'linkage-subgraph', asOf: '2020-01-01' });
    expect(json.edges).toHaveLength(1);
  });
});
