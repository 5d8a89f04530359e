// The outage banner (the view is kept, Retry re-runs what failed), the progress bar and notices.
// The banner words the error for a reader and offers Retry only when retrying can succeed.
import type { ReactElement } from 'react';
import { useServices, useValue } from '../app/context';
import { dismissError } from '../app/status';
import { readerMessage } from '../text/errors';
import { Icon } from './icons';

export function ErrorBanner(): ReactElement | null {
  const { status } = useServices();
  const { error, retry } = useValue(status);
  if (!error) return null;
  const { title, detail } = readerMessage(error);
  return (
    <div className={`banner ${error.isOutage ? 'banner-outage' : 'banner-error'}`} role="alert" data-code={error.code}>
      <Icon name="alert" />
      <p>
        <strong>{title}</strong> {detail}
      </p>
      {retry && error.retryable && (
        <button type="button" className="button" onClick={retry}>
          Retry
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissError(status)}>
        <Icon name="close" />
      </button>
    </div>
  );
}

export function ProgressBar(): ReactElement {
  const { status } = useServices();
  const { pending } = useValue(status);
  return <div className={`progress${pending > 0 ? ' progress-on' : ''}`} role="progressbar" aria-label="Loading" aria-hidden={pending === 0} aria-busy={pending > 0} />;
}

export function Notice(): ReactElement {
  const { status } = useServices();
  const { notice } = useValue(status);
  return (
    <div className={`notice${notice ? ' notice-on' : ''}`} role="status" aria-live="polite">
      {notice}
    </div>
  );
}
