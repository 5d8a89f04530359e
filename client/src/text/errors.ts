// How the page words a failed request for a reader. The server's messages are written for
// developers ("ask for smaller pages…", field paths, limits): they never reach the banner.
import type { ApiError } from '../api/graphql';

export interface ReaderMessage {
  /** The banner's first, bold sentence: what happened. */
  readonly title: string;
  /** What it means for the reader's view, or what they can do. */
  readonly detail: string;
}

export function readerMessage(error: ApiError): ReaderMessage {
  switch (error.code) {
    case 'SERVICE_UNAVAILABLE':
    case 'NETWORK':
      return { title: 'Linkage cannot reach its database right now.', detail: 'Your view is kept; nothing on the canvas was lost.' };
    case 'TOO_LARGE':
      return { title: 'That asks for more than Linkage answers at once.', detail: 'Nothing on the canvas changed. Try fewer entities at a time.' };
    case 'NOT_FOUND':
      return { title: 'That is no longer in the graph.', detail: 'It may have been removed or renamed since the link was made.' };
    case 'BAD_USER_INPUT':
      return { title: 'Linkage could not answer that request.', detail: 'Nothing on the canvas changed. Reloading the page may help.' };
    // Editing's forms show their own refusals; these reach the banner from reads and effects.
    case 'UNAUTHENTICATED':
      return { title: 'Sign in to read this.', detail: 'This Linkage asks every reader to sign in, or your session has ended.' };
    case 'FORBIDDEN':
      return { title: 'Your account may not do that.', detail: 'Nothing changed. An editor or an admin can.' };
    case 'CONFLICT':
      return { title: 'Someone else changed that meanwhile.', detail: 'Nothing of yours was written over. Reload it and try again.' };
    case 'TOO_MANY_REQUESTS':
      return { title: 'Too many requests at once.', detail: 'Wait a little, then try again.' };
    case 'INTERNAL':
    case 'ABORTED':
      return { title: 'Something went wrong on the server.', detail: 'Nothing on the canvas changed; try again in a moment.' };
  }
}

/** The note after restoring a shared view that named entities or links the graph no longer has. */
export function missingNote(entities: number, links: number): string | null {
  const parts = [
    entities > 0 ? `${entities} ${entities === 1 ? 'entity' : 'entities'}` : null,
    links > 0 ? `${links} ${links === 1 ? 'link' : 'links'}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : `This view opened without ${parts.join(' and ')} no longer in the graph`;
}
