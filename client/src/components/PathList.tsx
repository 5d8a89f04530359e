// The traced paths as step-by-step sentences, worded as the canvas labels each link, each step with
// its strongest quote (supporting, naming both ends, best attributed) and source. The paths come
// ranked by their weakest step, which each head names.
import type { ReactElement } from 'react';
import { SCHEMA_DEFAULTS } from '#vocabulary/wire/defaults';
import { useGraphState, useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { describePath } from '../model/paths';
import { strongestQuote } from '../text/evidence';
import { RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
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
              {path.weakest && (
                <span className={`chip path-weakest status-${path.weakest}`} title="The path is as strong as its weakest step; paths are ranked by it, then by length">
                  weakest: {STATUS_STYLES[path.weakest].label.toLowerCase()}
                </span>
              )}
              <span className="muted small">{active ? 'showing only this path' : 'highlight only this path'}</span>
            </button>
            <ol className="steps">
              {hops.map((hop) => {
                const ev = strongestQuote(quotes[hop.rel.id] ?? [], hop.subject, hop.object);
                const count = quotes[hop.rel.id]?.length ?? 0;
                return (
                  <li key={hop.rel.id} className="step">
                    <p className="step-sentence" data-reversed={hop.reversed}>
                      <strong>{hop.subject.name}</strong> →{' '}
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
                      → <strong>{hop.object.name}</strong>
                      {hop.reversed && (
                        <span className="step-against" title={`The path goes from ${hop.from.name} to ${hop.to.name}, against this link's arrow`}>
                          {' '}
                          (walked from {hop.from.name})
                        </span>
                      )}
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
