// The Views button and its panel (docs/views.md): save the current view under a name, and list
// one's own saved views and others' listed ones, each with Open, Copy link and, where allowed,
// Rename, Who can open it and Delete. A non-modal dialog: it opens with the focus on the name,
// Escape (or the close button) closes it and gives the focus back to the Views button.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { VIEW_LIMITS, VIEW_VISIBILITIES } from '#vocabulary/views';
import type { ViewVisibility } from '#vocabulary/views';
import type { SavedViewInfo } from '../api/views';
import { useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import { VISIBILITY_LABELS } from '../model/savedViews';
import { Icon } from './icons';

const when = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

function VisibilitySelect({ value, onChange, label, disabled }: { value: ViewVisibility; onChange: (v: ViewVisibility) => void; label: string; disabled?: boolean }): ReactElement {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as ViewVisibility)} title={VISIBILITY_LABELS[value].hint}>
      {VIEW_VISIBILITIES.map((v) => (
        <option key={v} value={v}>
          {VISIBILITY_LABELS[v].label}
        </option>
      ))}
    </select>
  );
}

function SavedViewRow({ view, mine }: { view: SavedViewInfo; mine: boolean }): ReactElement {
  const actions = useActions();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const rename = useRef<HTMLInputElement>(null);
  const editingName = renaming !== null;
  useEffect(() => {
    if (editingName) rename.current?.focus();
  }, [editingName]);

  return (
    <li className="saved-view" data-view-id={view.id}>
      {renaming === null ? (
        <button type="button" className="link-button saved-view-name" onClick={() => actions.run('openSavedView', view)} title={actions.tooltip('openSavedView', view)} {...actions.attributes('openSavedView')}>
          {view.name}
        </button>
      ) : (
        <form
          className="saved-view-rename"
          aria-label={`Rename “${view.name}”`}
          onSubmit={(e) => {
            e.preventDefault();
            actions.run('renameSavedView', { view, name: renaming });
            setRenaming(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setRenaming(null);
            }
          }}
        >
          <input ref={rename} aria-label="New name" value={renaming} maxLength={VIEW_LIMITS.nameChars} onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="button">Save name</button>
          <button type="button" className="button" onClick={() => setRenaming(null)}>Cancel</button>
        </form>
      )}
      <span className="saved-view-meta">
        {mine ? VISIBILITY_LABELS[view.visibility].label : `by ${view.owner.email}`} · {when(view.updatedAt)}
      </span>
      <span className="saved-view-tools">
        <button type="button" className="link-button" onClick={() => actions.run('copySavedViewLink', view)} aria-label={actions.label('copySavedViewLink', view)} {...actions.attributes('copySavedViewLink')}>
          {actions.short('copySavedViewLink', view)}
        </button>
        {view.canEdit && renaming === null && (
          <button type="button" className="link-button" onClick={() => setRenaming(view.name)} aria-label={`Rename “${view.name}”`} {...actions.attributes('renameSavedView')}>
            {actions.label('renameSavedView', { view, name: view.name })}
          </button>
        )}
        {view.canEdit && (
          <VisibilitySelect label={`Who can open “${view.name}”`} value={view.visibility} onChange={(visibility) => actions.run('shareSavedView', { view, visibility })} />
        )}
        {view.canDelete && !confirming && (
          <button type="button" className="link-button button-danger" onClick={() => setConfirming(true)} aria-label={actions.label('deleteSavedView', view)} {...actions.attributes('deleteSavedView')}>
            {actions.short('deleteSavedView', view)}
          </button>
        )}
        {confirming && (
          <span role="group" aria-label={`Delete “${view.name}”?`} className="saved-view-confirm">
            Delete it for good?{' '}
            <button
              type="button"
              className="button button-danger"
              onClick={(e) => {
                // The row goes away with the view: the focus stays in the panel.
                e.currentTarget.closest<HTMLElement>('.views-panel')?.focus();
                setConfirming(false);
                actions.run('deleteSavedView', view);
              }}
            >
              Delete
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        )}
      </span>
    </li>
  );
}

function ViewList({ title, views, mine, empty }: { title: string; views: readonly SavedViewInfo[]; mine: boolean; empty: string }): ReactElement {
  const id = useId();
  return (
    <section aria-labelledby={id} className="saved-view-list">
      <h3 id={id}>
        {title} ({views.length})
      </h3>
      {views.length === 0 ? <p className="saved-view-empty">{empty}</p> : <ul>{views.map((v) => <SavedViewRow key={v.id} view={v} mine={mine} />)}</ul>}
    </section>
  );
}

function Panel({ onClose, headingId }: { onClose: () => void; headingId: string }): ReactElement {
  const { views, editing } = useServices();
  const panel = useValue(views.store);
  const { access } = useValue(editing.store);
  const actions = useActions();
  const [name, setName] = useState('');
  const [visibility, setVisibility] = useState<ViewVisibility>('PRIVATE');
  const nameBox = useRef<HTMLInputElement>(null);
  useEffect(() => nameBox.current?.focus(), []);

  const section = useRef<HTMLElement>(null);
  // Escape closes it from inside, and from the page when the focused control went away (a deleted view's row).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      const at = document.activeElement;
      if (e.key !== 'Escape' || !(at === document.body || at === null || section.current?.contains(at))) return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <section ref={section} className="views-panel" role="dialog" aria-labelledby={headingId} tabIndex={-1}>
      <header className="views-panel-head">
        <h2 id={headingId}>Saved views</h2>
        <button type="button" className="icon-button" aria-label={actions.label('closeViews')} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </header>
      {access.signedIn ? (
        <form
          className="views-save"
          aria-label="Save this view"
          onSubmit={(e) => {
            e.preventDefault();
            void views.save(name, visibility).then((ok) => ok && setName(''));
          }}
        >
          <label>
            Name
            <input ref={nameBox} value={name} maxLength={VIEW_LIMITS.nameChars} onChange={(e) => setName(e.target.value)} placeholder="e.g. Who builds NIO’s cars" />
          </label>
          <label>
            Who can open it
            <VisibilitySelect label="Who can open it" value={visibility} onChange={setVisibility} />
          </label>
          <button type="submit" className="button button-primary" disabled={!actions.enabled('saveView', { name, visibility })} title={actions.tooltip('saveView', { name, visibility })} {...actions.attributes('saveView')}>
            {actions.label('saveView', { name, visibility })}
          </button>
          {!actions.enabled('saveView', { name, visibility }) && <span className="views-hint">{actions.unavailable('saveView', { name, visibility })}</span>}
        </form>
      ) : (
        <p className="views-hint">Sign in to save views. Anyone can open the listed views below, and a shared view’s link.</p>
      )}
      <p className={`views-message${panel.message?.tone === 'refused' ? ' views-message-refused' : ''}`} role="status" aria-live="polite">
        {panel.loading ? 'Loading saved views…' : panel.message?.text ?? ''}
      </p>
      {access.signedIn && <ViewList title="My views" views={panel.mine} mine empty="None yet: save the canvas above." />}
      <ViewList title="Listed by others" views={panel.listed} mine={false} empty="No one else has listed a view." />
    </section>
  );
}

export function ViewsMenu(): ReactElement {
  const { views } = useServices();
  const { open } = useValue(views.store);
  const actions = useActions();
  const button = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const close = (): void => {
    actions.run('closeViews');
    button.current?.focus();
  };
  return (
    <div className="menu-wrap">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={actions.label('toggleViews')}
        onClick={() => actions.run('toggleViews')}
        title={actions.tooltip('toggleViews')}
        {...actions.attributes('toggleViews')}
      >
        {/* An icon only, like Fit and Lay out again: the toolbar keeps one row beside the account menu. */}
        <Icon name="bookmark" />
      </button>
      {open && <Panel onClose={close} headingId={headingId} />}
    </div>
  );
}
