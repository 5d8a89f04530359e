// The traced paths as step-by-step sentences, each step with its first supporting quote and source.
import type { ReactElement } from 'react';
import { SCHEMA_DEFAULTS } from '#vocabulary/wire/defaults';
import { useGraphState, useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { describePath } from '../model/paths';
import { RELATION_STYLES } from '../theme/relationStyles';
import { Attribution, SourceLine, StanceChip } from './EvidenceList';

export function PathList(): ReactElement | null {
  const { evidence } = useServices();
  const actions = useActions();
  const state = useGraphState();
  const quotes = useValue(evidence);
  const trace = state.trace;
  if (!trace) return null;
  if (trace.paths.length === 0) {
    return (
      <p className="empty-note" role="status">
        No path within {SCHEMA_DEFAULTS.Query.paths.maxHops} links{state.asOf ? ` as of ${state.asOf}` : ''} with the current filters.
      </p>
    );
  }
  return (
    <ol className="paths" aria-label="Paths found">
      {trace.paths.map((path, p) => {
        const hops = describePath(state, path);
        const active = trace.active === p;
        return (
          <li key={p} className={`path${active ? ' path-active' : ''}`}>
            <button
              type="button"
              className="path-head"
              aria-pressed={active}
              onClick={() => actions.run('highlightPath', active ? null : p)}
              {...actions.attributes('highlightPath')}
            >
              Path {p + 1} · {hops.length} step{hops.length === 1 ? '' : 's'}
              <span className="muted small">{active ? 'showing only this path' : 'highlight only this path'}</span>
            </button>
            <ol className="steps">
              {hops.map((hop) => {
                const ev = (quotes[hop.rel.id] ?? []).find((q) => q.stance === 'SUPPORTS') ?? quotes[hop.rel.id]?.[0];
                const count = quotes[hop.rel.id]?.length ?? 0;
                return (
                  <li key={hop.rel.id} className="step">
                    <p className="step-sentence">
                      <strong>{hop.from.name}</strong> →{' '}
                      <button
                        type="button"
                        className="step-phrase"
                        // The type's colour on the underline, not the text: several are too light to read on white.
                        style={{ textDecorationColor: RELATION_STYLES[hop.rel.type].colour }}
                        onClick={() => actions.run('showEvidence', hop.rel.id)}
                        title={actions.tooltip('showEvidence', hop.rel.id)}
                        {...actions.attributes('showEvidence')}
                      >
                        {hop.phrase}
                      </button>{' '}
                      → <strong>{hop.to.name}</strong>
                      <span className={`chip status-${hop.rel.status}`}>{hop.rel.status.toLowerCase()}</span>
                    </p>
                    {ev ? (
                      <div className="step-evidence">
                        <p className="evidence-head">
                          {ev.stance !== 'SUPPORTS' && <StanceChip stance={ev.stance} />}
                          <Attribution evidence={ev} />
                        </p>
                        <q>{ev.quote}</q>
                        <SourceLine source={ev.source} reportedOn={ev.reportedOn} />
                        {count > 1 && <p className="muted small">and {count - 1} more quote{count > 2 ? 's' : ''}</p>}
                      </div>
                    ) : (
                      <p className="muted small">No quote loaded.</p>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
