// A running read or filing: an indeterminate bar (one request does the work, so there is no share to
// show), what is being done, and the seconds it has taken so far.
import type { ReactElement } from 'react';
import { useElapsed } from './useIntake';

export function IntakeProgress({ label, startedAt }: { label: string; startedAt: number | null }): ReactElement {
  const seconds = useElapsed(startedAt);
  return (
    <div className="intake-progress" role="status" aria-live="polite">
      <progress aria-label={label} />
      <p className="small">
        {label}
        {seconds > 0 ? ` · ${seconds} s` : ''}
      </p>
    </div>
  );
}
