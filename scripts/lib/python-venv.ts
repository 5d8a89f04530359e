// The notebook test runs real Python: a virtualenv in .venv with notebooks/requirements.txt,
// reinstalled only when that file changes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';

export const VENV_DIR = path.join(REPO_ROOT, '.venv');
export const VENV_PYTHON = path.join(VENV_DIR, 'bin', 'python');
const REQUIREMENTS = path.join(REPO_ROOT, 'notebooks', 'requirements.txt');
const STAMP = path.join(VENV_DIR, '.requirements.sha256');

function findPython(): string {
  for (const candidate of ['python3', 'python']) {
    try {
      execFileSync(candidate, ['-c', 'import sys; assert sys.version_info >= (3, 9)'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new Error('Python 3.9 or newer is needed for the notebook test: install it (Debian: apt-get install -y python3 python3-venv).');
}

export function ensurePythonVenv(log: (line: string) => void = console.log): string | null {
  if (!existsSync(REQUIREMENTS)) return null;
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(VENV_PYTHON) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted) return VENV_PYTHON;
  log('Creating the Python virtualenv for the notebook (.venv, notebooks/requirements.txt)…');
  if (!existsSync(VENV_PYTHON)) execFileSync(findPython(), ['-m', 'venv', VENV_DIR], { stdio: 'inherit' });
  execFileSync(VENV_PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  writeFileSync(STAMP, wanted);
  return VENV_PYTHON;
}
