// The stored article, verbatim, with every claim passage and every mention highlighted in place.
// A passage is a button: clicking it (or Enter on it) picks its candidates in the list; a candidate
// picked in the list marks its passage here and scrolls it into view.
import { Fragment, useEffect, useMemo, useRef } from 'react';
import type { ReactElement } from 'react';
import { useActions } from '../../app/useActions';
import type { Candidate, IntakeReading, IntakeState } from '../../model/intake';
import { textBlocks } from '../../model/intakeText';
import type { TextPiece } from '../../model/intakeText';

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const VIA_WORDS: Record<string, string> = { NAME: 'named', SHORT: 'short form', COREF: 'refers back' };

function Piece({ piece, entities }: { piece: TextPiece; entities: ReadonlyMap<string, IntakeReading['entities'][number]> }): ReactElement {
  const m = piece.mention;
  if (!m) return <>{piece.text}</>;
  const e = entities.get(m.entityKey);
  const known = Boolean(e?.entityId);
  const title = `${e?.name ?? m.text} · ${known ? 'in the graph' : `new ${e?.kind.toLowerCase().replace(/_/g, ' ') ?? 'entity'}`} · ${VIA_WORDS[m.via] ?? m.via}`;
  return (
    <span className={`intake-mention${known ? '' : ' intake-mention-new'}`} data-entity={m.entityKey} data-via={m.via} title={title}>
      {piece.text}
    </span>
  );
}

/** How a passage's candidates stand: all rejected, some accepted, or none decided. */
function passageState(keys: readonly string[], byKey: ReadonlyMap<string, Candidate>): string {
  const decisions = keys.map((k) => byKey.get(k)?.decision ?? 'open');
  if (decisions.every((d) => d === 'rejected')) return 'rejected';
  if (decisions.some((d) => d === 'accepted')) return 'accepted';
  return 'open';
}

export function IntakeArticle({ state }: { state: IntakeState }): ReactElement | null {
  const actions = useActions();
  const box = useRef<HTMLDivElement>(null);
  const reading = state.reading;
  const text = reading?.source.text ?? '';
  const blocks = useMemo(
    () => (reading ? textBlocks(text, reading.claims.map((c) => ({ start: c.start, end: c.end, key: c.key })), reading.mentions) : []),
    [reading, text],
  );
  const entities = useMemo(() => new Map((reading?.entities ?? []).map((e) => [e.key, e])), [reading]);
  const byKey = useMemo(() => new Map(state.candidates.map((c) => [c.key, c])), [state.candidates]);
  const focus = state.focus;

  // A candidate picked in the list brings its passage into view; a click in the text is in view already.
  useEffect(() => {
    if (!focus || focus.from !== 'list') return;
    box.current?.querySelector('.intake-passage-focus')?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  if (!reading) return null;
  const focused = (start: number, end: number): boolean => focus !== null && start < focus.end && focus.start < end;
  return (
    <section className="intake-article" aria-labelledby="intake-article-title">
      <header className="intake-article-head">
        <h3 id="intake-article-title">{reading.source.title}</h3>
        <p className="muted small">
          {reading.source.publisher}
          {reading.source.author ? ` · ${reading.source.author}` : ''}
          {reading.source.publishedOn ? ` · ${reading.source.publishedOn}` : ''} · {count(reading.sentences, 'sentence')} · {count(reading.claims.length, 'candidate')} ·{' '}
          {count(reading.entities.length, 'entity', 'entities')}
        </p>
        {reading.removed.length > 0 && (
          <details className="intake-removed">
            <summary className="small">{reading.removed.length === 1 ? '1 line' : `${reading.removed.length} lines`} of page furniture left out</summary>
            <ul className="small muted">
              {reading.removed.map((r, i) => (
                <li key={i}>
                  <q>{r.text}</q> — {r.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <div className="intake-text" ref={box} data-source={reading.source.id}>
        {blocks.map((b) =>
          b.keys.length === 0 ? (
            <Fragment key={b.start}>
              {b.pieces.map((p) => (
                <Piece key={p.start} piece={p} entities={entities} />
              ))}
            </Fragment>
          ) : (
            <mark
              key={b.start}
              className={`intake-passage${focused(b.start, b.end) ? ' intake-passage-focus' : ''}`}
              data-start={b.start}
              data-end={b.end}
              data-candidates={b.keys.join(' ')}
              data-state={passageState(b.keys, byKey)}
              role="button"
              tabIndex={0}
              aria-pressed={focused(b.start, b.end)}
              aria-label={`${b.keys.length === 1 ? 'A candidate' : `${b.keys.length} candidates`}: ${text.slice(b.start, b.end)}`}
              title={actions.label('focusPassage', { start: b.start, end: b.end })}
              onClick={() => actions.run('focusPassage', { start: b.start, end: b.end })}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                actions.run('focusPassage', { start: b.start, end: b.end });
              }}
            >
              {b.pieces.map((p) => (
                <Piece key={p.start} piece={p} entities={entities} />
              ))}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
