// What traced paths may not go through: kinds of entity as connectors (an agency that approved both
// ends is not a connection between them) and types of link. Changing one traces again.
import type { ReactElement } from 'react';
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { EntityKind, RelationType } from '#vocabulary';
import { useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { KIND_STYLES } from '../theme/entityStyles';
import { RELATION_STYLES } from '../theme/relationStyles';

const KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];
const TYPES = Object.keys(RELATION_TYPES) as RelationType[];

export function TraceExclusions(): ReactElement {
  const { ui } = useServices();
  const actions = useActions();
  const { traceExclude } = useValue(ui);
  const count = traceExclude.kinds.length + traceExclude.types.length;
  return (
    <details className="trace-exclude" open={count > 0 ? true : undefined}>
      <summary title={actions.tooltip('excludeFromTrace', {})}>
        Leave out of paths{count > 0 ? ` (${count})` : ''}
      </summary>
      <fieldset>
        <legend>Not through entities of kind</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="legend-option">
            <input type="checkbox" checked={traceExclude.kinds.includes(kind)} onChange={() => actions.run('excludeFromTrace', { kind })} data-exclude-kind={kind} />
            <span>{KIND_STYLES[kind].label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Not over links of type</legend>
        {TYPES.map((type) => (
          <label key={type} className="legend-option">
            <input type="checkbox" checked={traceExclude.types.includes(type)} onChange={() => actions.run('excludeFromTrace', { type })} data-exclude-type={type} />
            <span>{RELATION_STYLES[type].short}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
