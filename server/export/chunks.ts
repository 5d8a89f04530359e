// Helpers for streamed exports: serialisers yield many small strings; the response gets fewer,
// larger writes, and the first write waits until the database has answered once, so that an
// early database failure can still become a proper HTTP error instead of a truncated file.

export const CHUNK_BYTES = 64 * 1024;

/** Joins small chunks into ones of at least `size` characters (the last may be shorter). */
export async function* bufferChunks(source: AsyncIterable<string>, size: number = CHUNK_BYTES): AsyncGenerator<string> {
  let pending: string[] = [];
  let length = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/** The whole output as one string, for tests and small in-process uses. */
export async function collectText(source: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of source) parts.push(chunk);
  return parts.join('');
}
