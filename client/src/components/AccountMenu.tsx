// Sign in and out, in the header. Signed out: a "Sign in" button opening a small form (email and
// password; a refusal is said plainly). Signed in: the account and its role, and for those who may
// write, the editing tools and the review queue.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useServices } from '../app/context';
import { useActions } from '../app/useActions';
import { MenuButton } from './MenuButton';
import { useEditing } from './useEditing';

function SignInForm({ onDone }: { onDone: () => void }): ReactElement {
  const { editing } = useServices();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const email = useRef<HTMLInputElement>(null);
  useEffect(() => email.current?.focus(), []);

  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    void editing.signIn(String(data.get('email') ?? ''), String(data.get('password') ?? '')).then((result) => {
      setBusy(false);
      if (result.ok) onDone();
      else setError(result.message);
    });
  };

  return (
    <form className="signin-form popover" aria-label="Sign in" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <label>
        Email
        <input ref={email} name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function AccountMenu(): ReactElement | null {
  const { user, checked, access, pending } = useEditing();
  const actions = useActions();
  const [open, setOpen] = useState(false);
  if (!checked) return null;
  if (!user) {
    return (
      <div className="account">
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Sign in
        </button>
        {open && <SignInForm onDone={() => setOpen(false)} />}
      </div>
    );
  }
  const others = pending.filter((p) => p.author.id !== user.id).length;
  return (
    <div className="account account-signed-in" aria-label="Account">
      {access.propose && (
        <button type="button" className="button" onClick={() => actions.run('startLink')} title={actions.tooltip('startLink')} {...actions.attributes('startLink')}>
          {access.editDirectly ? 'Edit' : 'Propose'}
        </button>
      )}
      {access.review && (
        <button type="button" className="button" onClick={() => actions.run('openReview')} title={`${pending.length} pending, ${others} by others`} {...actions.attributes('openReview')}>
          Review
          {pending.length > 0 && <span className="tab-badge">{pending.length}</span>}
        </button>
      )}
      <MenuButton
        label={user.email}
        icon={<span className={`chip role-${user.role}`}>{user.role}</span>}
        items={[
          { label: `Signed in as ${user.email}`, hint: user.role, disabled: true, onSelect: () => undefined },
          { label: actions.label('signOut'), onSelect: () => actions.run('signOut') },
        ]}
      />
    </div>
  );
}
