// The page tests drive Debian's chromium (never a test tool's own browser download), with
// Debian's CJK fonts so that Chinese names render in screenshots instead of empty boxes.
// When either is missing and we are root, install it; otherwise say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

export function ensureChromium(log: (line: string) => void = console.log): void {
  const missing = [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(existsSync(CJK_FONT_DIR) || process.env.CHROMIUM_PATH ? [] : ['fonts-noto-cjk']),
  ];
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot && !missing.includes('chromium')) {
    log('Note: Chinese names will show as boxes in test screenshots; sudo apt-get install -y fonts-noto-cjk fixes that.');
    return;
  }
  if (!isRoot) {
    throw new Error(`The page tests need ${missing.join(' and ')}. Install with: sudo apt-get install -y ${missing.join(' ')} (or set CHROMIUM_PATH to a Chromium you have).`);
  }
  log(`Installing ${missing.join(' and ')} for the page tests (apt-get install -y ${missing.join(' ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
}
