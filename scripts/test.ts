// `npm test`: type check, lint, build the page, install what the tests need, run every test.
// Ends with one plain "N passed, N failed" line that CI reads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server/config';
import { ensureChromium } from './lib/chromium';
import { buildClientIfStale } from './lib/client-build';
import { ensurePythonVenv } from './lib/python-venv';

const bin = (name: string): string => path.join(REPO_ROOT, 'node_modules', '.bin', name);

function step(title: string, work: () => void): void {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  work();
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
}

interface JestSummary { numPassedTests: number; numFailedTests: number; numPendingTests: number; success: boolean }

function main(): number {
  step('Type check (tsc --noEmit)', () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
  step('Lint (eslint, zero warnings)', () => run(bin('eslint'), ['.', '--max-warnings', '0']));
  step('Build the page', () => buildClientIfStale());
  step('Browser for page tests', () => ensureChromium());
  step('Python for the notebook test', () => void ensurePythonVenv());

  const results = path.join(REPO_ROOT, 'test-results');
  mkdirSync(results, { recursive: true });
  const jsonFile = path.join(results, 'jest.json');
  console.log('\n▶ Tests (jest: unit, integration against a real Neo4j, page, notebook)');
  const jest = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--json', `--outputFile=${jsonFile}`, ...process.argv.slice(2)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (!existsSync(jsonFile)) {
    console.log('0 passed, 1 failed');
    return 1;
  }
  const summary = JSON.parse(readFileSync(jsonFile, 'utf8')) as JestSummary;
  const skipped = summary.numPendingTests ? `, ${summary.numPendingTests} skipped` : '';
  console.log(`\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped}`);
  return jest.status === 0 && summary.success ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  console.log('Tests: 0 passed, 1 failed');
  process.exitCode = 1;
}
