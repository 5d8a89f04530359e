// Read-your-writes: a committed write leaves its bookmark, later sessions can wait for it, and a
// request with bookmarks the database never issued gets a clear 400, over real HTTP.
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { readBookmarks } from '../../server/app/bookmarks';
import type { Db } from '../../server/db';
import { testConfig, testDb } from '../support/env';

const MARKER = { cypher: 'MERGE (m:TestMarker {id: $id}) SET m.at = timestamp() RETURN m.id AS id', params: { id: 'api-bookmarks-test' } };
const UNMARK = { cypher: 'MATCH (m:TestMarker {id: $id}) DELETE m RETURN count(*) AS removed', params: { id: 'api-bookmarks-test' } };

describe('bookmarks', () => {
  let db: Db;
  let app: RunningApp;
  beforeAll(async () => { db = testDb(); app = await createApp(testConfig(), testDb()); });
  afterAll(async () => { await db.write(UNMARK); await db.close(); await app.stop(); });

  it('leaves a committed write\'s bookmark in the sink, and a read that waits for it sees the write', async () => {
    const sink: string[] = [];
    await db.withBookmarks([], sink).write(MARKER);
    expect(sink).toHaveLength(1);
    expect(sink[0]).toMatch(/\S/);
    const seen = await db.withBookmarks(sink, []).read({ cypher: 'MATCH (m:TestMarker {id: $id}) RETURN m.id AS id', params: MARKER.params });
    expect(seen).toEqual([{ id: 'api-bookmarks-test' }]);
  });

  it('leaves nothing in the sink for a read', async () => {
    const sink: string[] = [];
    await db.withBookmarks([], sink).read({ cypher: 'RETURN 1 AS one', params: {} });
    expect(sink).toEqual([]);
  });

  it('answers 400 BAD_USER_INPUT naming the header when the bookmark is not one Neo4j issued', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linkage-bookmark': 'FB:not-a-bookmark' },
      body: JSON.stringify({ query: '{ entity(id: "nio") { name } }' }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'X-Linkage-Bookmark' });
  });

  it('answers a request with a real bookmark as usual', async () => {
    const sink: string[] = [];
    await db.withBookmarks([], sink).write(MARKER);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linkage-bookmark': sink.join(',') },
      body: JSON.stringify({ query: '{ entity(id: "nio") { name } }' }),
    });
    expect(await res.json()).toEqual({ data: { entity: { name: 'NIO' } } });
  });
});

describe('readBookmarks', () => {
  it('splits one header on commas and drops blanks', () => {
    expect(readBookmarks({ 'x-linkage-bookmark': 'FB:a, FB:b,,' })).toEqual(['FB:a', 'FB:b']);
    expect(readBookmarks({})).toEqual([]);
  });

  it('refuses more than 16 bookmarks, an over-long one, or one with spaces', () => {
    expect(() => readBookmarks({ 'x-linkage-bookmark': Array.from({ length: 17 }, (_, i) => `b${i}`).join(',') })).toThrow(/at most 16/);
    expect(() => readBookmarks({ 'x-linkage-bookmark': 'x'.repeat(513) })).toThrow(/unchanged/);
    expect(() => readBookmarks({ 'x-linkage-bookmark': 'a b' })).toThrow(/unchanged/);
  });
});
