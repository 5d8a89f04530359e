// docs/api.md shows real answers: each ```graphql block followed by a ```json answer block (with
// an optional ```json variables block between) is sent to the server on the seed graph here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { testConfig, testDb } from '../support/env';

interface Example { query: string; variables: Record<string, unknown> | undefined; answer: unknown; line: number }

/** The examples of a Markdown file, in order. */
function examplesOf(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```(graphql|json variables|json answer|\S*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    kind: m[1] ?? '', body: m[2] ?? '', line: markdown.slice(0, m.index).split('\n').length,
  }));
  const out: Example[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'graphql') return;
    const next = blocks[i + 1];
    const vars = next?.kind === 'json variables' ? next : undefined;
    const answer = blocks[i + (vars ? 2 : 1)];
    if (answer?.kind !== 'json answer') return;
    out.push({ query: b.body, variables: vars ? (JSON.parse(vars.body) as Record<string, unknown>) : undefined, answer: JSON.parse(answer.body), line: b.line });
  });
  return out;
}

const examples = examplesOf(readFileSync(path.join(REPO_ROOT, 'docs', 'api.md'), 'utf8'));

describe('docs/api.md', () => {
  let app: RunningApp;
  beforeAll(async () => { app = await createApp(testConfig({ introspection: true }), testDb()); });
  afterAll(() => app.stop());

  it('has an example with its answer for every Query field', () => {
    const used = new Set(examples.flatMap((e) => [...e.query.matchAll(/^\s*(?:\w+:\s*)?(\w+)\(/gm)].map((m) => m[1])));
    for (const field of ['search', 'entity', 'relationship', 'neighbourhood', 'paths', 'relationships', 'source']) expect(used).toContain(field);
    expect(examples.some((e) => /^\{\s*sources\s*\{/.test(e.query))).toBe(true);
    expect(examples.some((e) => /^\{\s*stats\s*\{/.test(e.query))).toBe(true);
  });

  it.each(examples.map((e) => [e.line, e] as const))('answers the example at line %i exactly as documented', async (_line, example) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    expect(await res.json()).toEqual(example.answer);
  });
});
