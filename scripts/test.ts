// `npm test`: type check and lint (beside building the page and installing what the tests need),
// then run every test.
// Ends with one plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server/config';
import { ensureChromium } from './lib/chromium';
import { startBackgroundStep } from './lib/background-step';
import { buildClientIfStale } from './lib/client-build';
import { ensurePythonVenv } from './lib/python-venv';

const bin = (name: string): string => path.join(REPO_ROOT, 'node_modules', '.bin', name);

function step(title: string, work: () => void): void {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  work();
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

interface JestSummary { numPassedTests: number; numFailedTests: number; numPendingTests: number; success: boolean }

async function main(): Promise<number> {
  const results = path.join(REPO_ROOT, 'test-results');
  mkdirSync(results, { recursive: true });
  // The checks run beside the preparation steps; all of them must pass before any test runs.
  const checks = [
    startBackgroundStep('Type check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: REPO_ROOT, logDir: results }),
    startBackgroundStep('Lint (eslint, zero warnings)', bin('eslint'), ['.', '--max-warnings', '0'], { cwd: REPO_ROOT, logDir: results }),
  ];
  const settled = Promise.allSettled(checks.map((c) => c.finish()));
  try {
    step('Build the page', () => buildClientIfStale());
    step('Browser for page tests', () => ensureChromium());
    step('Python for the notebook test', () => void ensurePythonVenv());
  } finally {
    await settled;
  }
  const failed = (await settled).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;

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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    console.log('Tests: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
