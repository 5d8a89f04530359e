// Canvas commands: undo/redo, layout, view, exports and sharing. Names, tooltips and shortcuts come
// from the action table.
import type { ReactElement } from 'react';
import type { ActionId } from '../app/actionTable';
import { useGraphState, useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { LAYOUTS } from '../model/types';
import { Icon } from './icons';
import type { IconName } from './icons';
import { MenuButton } from './MenuButton';
import { ViewsMenu } from './ViewsPanel';

const EXPORTS = [
  'exportPng', 'exportSvg', 'exportJson', 'exportGraphML', 'exportEntitiesCsv', 'exportLinksCsv', 'exportBrief', 'exportBriefMarkdown',
] as const satisfies readonly ActionId[];

export function Toolbar(): ReactElement {
  const actions = useActions();
  const state = useGraphState();
  const { table } = useValue(useServices().ui);
  const iconButton = (id: 'undo' | 'redo' | 'fit' | 'relayout' | 'clearCanvas', icon: IconName): ReactElement => (
    <button
      type="button"
      className="icon-button"
      onClick={() => actions.run(id)}
      disabled={!actions.enabled(id)}
      aria-label={actions.label(id)}
      title={actions.tooltip(id)}
      {...actions.attributes(id)}
    >
      <Icon name={icon} />
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <div className="toolgroup">
        {iconButton('undo', 'undo')}
        {iconButton('redo', 'redo')}
      </div>
      <div className="toolgroup segmented" role="radiogroup" aria-label="Layout">
        {LAYOUTS.map((name) => (
          <button
            key={name}
            type="button"
            role="radio"
            aria-checked={state.layout === name}
            className="segment"
            onClick={() => actions.run('layout', name)}
            title={actions.tooltip('layout', name)}
            {...actions.attributes('layout')}
          >
            {actions.label('layout', name)}
          </button>
        ))}
      </div>
      <div className="toolgroup">
        {iconButton('fit', 'fit')}
        {iconButton('relayout', 'layout')}
        {actions.enabled('showHidden') && (
          <button type="button" className="button" onClick={() => actions.run('showHidden')} {...actions.attributes('showHidden')}>
            <Icon name="eye" size={16} /> {actions.label('showHidden')}
          </button>
        )}
        {iconButton('clearCanvas', 'broom')}
        <button type="button" className="button" aria-pressed={table === true} onClick={() => actions.run('toggleTable')} title={actions.tooltip('toggleTable')} {...actions.attributes('toggleTable')}>
          {actions.label('toggleTable')}
        </button>
      </div>
      <div className="toolgroup">
        <MenuButton
          label="Export"
          icon={<Icon name="download" size={16} />}
          items={EXPORTS.map((id) => ({
            label: actions.label(id),
            onSelect: () => actions.run(id),
            disabled: !actions.enabled(id),
            hint: actions.unavailable(id),
          }))}
        />
        <button type="button" className="button" onClick={() => actions.run('copyLink')} {...actions.attributes('copyLink')}>
          <Icon name="link" size={16} /> {actions.label('copyLink')}
        </button>
        <ViewsMenu />
        <a className="icon-button" href="/graphql" target="_blank" rel="noopener" aria-label="GraphQL API explorer" title="GraphQL API explorer (GraphiQL)">
          <Icon name="graphql" />
        </a>
      </div>
    </div>
  );
}
