// Read-your-writes over HTTP: a write's response carries its transaction's bookmarks in the
// X-Linkage-Bookmark header, and a request that sends them back gets sessions that wait for them,
// so it sees the write on whichever API replica and cluster member serves it (docs/scaling.md).
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';
import { BOOKMARK_HEADER } from '../db';
import type { Context } from '../resolvers';

const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 512;
// Neo4j's bookmarks are opaque but printable; commas separate several in the one header.
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]+$/;

function badBookmarks(message: string): GraphQLError {
  return new GraphQLError(`${BOOKMARK_HEADER}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument: BOOKMARK_HEADER, http: { status: 400 } } });
}

/** The bookmarks a request sent back (comma-separated in one header); none when it sent none. */
export function readBookmarks(headers: IncomingHttpHeaders): string[] {
  const raw = headers[BOOKMARK_HEADER.toLowerCase()];
  const text = Array.isArray(raw) ? raw.join(',') : raw ?? '';
  const list = text.split(',').map((b) => b.trim()).filter(Boolean);
  if (list.length > MAX_BOOKMARKS) throw badBookmarks(`send at most ${MAX_BOOKMARKS} bookmarks (the latest write's are enough)`);
  for (const b of list) {
    if (b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b)) throw badBookmarks('send back the header a write\'s response carried, unchanged');
  }
  return list;
}

/** Sets the response header when the operation committed a write. */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response }) => {
        const written = contextValue.request.newBookmarks;
        if (written.length > 0) response.http.headers.set(BOOKMARK_HEADER, [...new Set(written)].join(','));
      },
    }),
  };
}
