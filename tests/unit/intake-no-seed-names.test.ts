// Issue 11: the extractor is built for articles it has never seen, so nothing under server/intake/
// may name a seed company (or any seed entity) or copy a seed sentence. This scans every file there.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { readDataset } from '../../seed/loader';

const INTAKE_DIR = path.join(REPO_ROOT, 'server', 'intake');
const MIN_LATIN = 4;
const MIN_CJK = 2;
const MIN_QUOTE = 30;

const HAN = /\p{Script=Han}/u;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Forbidden { names: string[]; sentences: string[] }

/** Seed names long enough to mean something (Latin ≥ 4 characters, Chinese ≥ 2), and seed sentences ≥ 30 characters. */
function forbidden(): Forbidden {
  const seed = readDataset();
  const names = new Set<string>();
  for (const e of seed.entities) {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      if (HAN.test(name) ? name.length >= MIN_CJK : name.trim().length >= MIN_LATIN) names.add(name.trim());
    }
  }
  const sentences = new Set<string>();
  for (const r of seed.relationships) {
    for (const q of [...r.evidence, ...(r.context ?? [])]) if (q.quote.length >= MIN_QUOTE) sentences.add(squash(q.quote));
  }
  for (const s of seed.sources) {
    for (const sentence of (s.text ?? '').split(/(?<=[.!?。！？])\s+|\n+/)) if (sentence.trim().length >= MIN_QUOTE) sentences.add(squash(sentence));
  }
  return { names: [...names], sentences: [...sentences] };
}

/** The seed names and sentences a text contains: Latin names as whole words, case-insensitive; Chinese anywhere. */
function findSeedText(text: string, f: Forbidden): string[] {
  const found: string[] = [];
  for (const name of f.names) {
    const hit = HAN.test(name)
      ? text.includes(name)
      : new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
    if (hit) found.push(name);
  }
  const flat = squash(text);
  for (const sentence of f.sentences) if (flat.includes(sentence)) found.push(`sentence «${sentence.slice(0, 60)}…»`);
  return found;
}

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const seedText = forbidden();

describe('intake no seed names', () => {
  it('finds seed names and sentences when they are there (so the scan below can fail)', () => {
    expect(seedText.names).toEqual(expect.arrayContaining(['Baidu', '蔚来', 'Ministry of Industry and Information Technology']));
    expect(findSeedText('const BUILDERS = ["baidu", "Beijing Hyundai"]; // 江淮汽车', seedText)).toEqual(expect.arrayContaining(['Baidu', 'Beijing Hyundai', '江淮汽车', '江淮']));
    const quote = seedText.sentences[0]!;
    expect(findSeedText(`// e.g. ${quote.toUpperCase()}`, seedText)).toEqual(expect.arrayContaining([expect.stringMatching(/^sentence/)]));
  });

  it('leaves short Latin names, parts of words and unrelated text alone', () => {
    expect(findSeedText('const nio = "NIO"; const jac = "JAC"; // Baidus, Xiaomix and subsidiary of', seedText)).toEqual([]);
  });

  it('finds no seed entity name or seed sentence in any file under server/intake/', () => {
    const offences = filesUnder(INTAKE_DIR).flatMap((file) =>
      findSeedText(readFileSync(file, 'utf8'), seedText).map((what) => `${path.relative(REPO_ROOT, file)}: ${what}`));
    expect(offences).toEqual([]);
  });
});
