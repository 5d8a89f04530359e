// Builds the explorer page with Vite when client/dist is missing or older than its sources,
// so `npm start` and `npm test` never serve a stale page and never rebuild needlessly.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';

const CLIENT = path.join(REPO_ROOT, 'client');
const DIST_INDEX = path.join(CLIENT, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function clientBuildIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const inputs = Math.max(newestMtime(CLIENT), newestMtime(path.join(REPO_ROOT, 'vocabulary')));
  return inputs > statSync(DIST_INDEX).mtimeMs;
}

export function buildClientIfStale(log: (line: string) => void = console.log): void {
  if (!existsSync(path.join(CLIENT, 'vite.config.mts'))) return;
  if (!clientBuildIsStale()) return;
  log('Building the explorer page (vite build)…');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.mts', '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
