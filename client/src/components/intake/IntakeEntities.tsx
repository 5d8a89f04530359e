// The entities the article names: those in the graph, and the new ones intake would propose, each
// marked "new" with its proposed kind, both editable (every candidate naming it files with them).
import type { ReactElement } from 'react';
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import { useServices } from '../../app/context';
import { editEntity } from '../../model/intake';
import type { IntakeState } from '../../model/intake';
import { KIND_STYLES } from '../../theme/entityStyles';
import { Choice } from '../DraftFields';

const KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];
const KIND_WORDS = Object.fromEntries(KINDS.map((k) => [k, KIND_STYLES[k].label])) as Record<EntityKind, string>;

export function IntakeEntities({ state }: { state: IntakeState }): ReactElement | null {
  const { intake } = useServices();
  const entities = state.reading?.entities ?? [];
  if (entities.length === 0) return null;
  const fresh = entities.filter((e) => !e.entityId);
  return (
    <details className="intake-entities" open={fresh.length > 0}>
      <summary>
        {entities.length} entities named · {fresh.length} new
      </summary>
      <ul>
        {entities.map((e) => {
          const fields = state.entities[e.key];
          return (
            <li key={e.key} data-entity={e.key} className="intake-entity" title={e.why}>
              {fields ? (
                <>
                  <span className="chip chip-new">new</span>
                  <input aria-label={`Name of the new entity ${e.name}`} value={fields.name} disabled={state.phase === 'filing'}
                    onChange={(ev) => intake.update(editEntity, e.key, { name: ev.target.value })} />
                  <label className="intake-entity-kind">
                    <span className="visually-hidden">Kind of {e.name}</span>
                    <Choice value={fields.kind} options={KINDS} labels={KIND_WORDS} onChange={(v) => v && intake.update(editEntity, e.key, { kind: v })} />
                  </label>
                </>
              ) : (
                <span className="intake-entity-known">{e.name}</span>
              )}
              <span className="muted small"> · {e.mentions === 1 ? 'once' : `${e.mentions} times`}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
