// Sharing the view: the address bar always holds it, so copying the address is the whole job.
import { notify } from './status';
import type { StatusStore } from './status';

export async function copyViewLink(status: StatusStore): Promise<void> {
  try {
    await navigator.clipboard.writeText(window.location.href);
    notify(status, 'Link to this view copied');
  } catch {
    notify(status, 'Copy the address bar to share this view');
  }
}
