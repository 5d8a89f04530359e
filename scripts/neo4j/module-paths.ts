// Where the Maven module in neo4j/ and its build output live, found from this file or the cwd so
// that the launcher works from any directory inside the repository.

import fs from 'node:fs';
import path from 'node:path';

export interface ModulePaths {
  moduleDir: string;
  pom: string;
  src: string;
  jar: string;
  lib: string;
  /** Written after a successful build; its mtime says which sources the build includes. */
  stamp: string;
  /** Class-data-sharing archives, one per build and JDK. */
  cdsDir: string;
  buildLock: string;
}

export function modulePaths(): ModulePaths {
  const moduleDir = path.join(findRepoRoot(), 'neo4j');
  const target = path.join(moduleDir, 'target');
  return {
    moduleDir,
    pom: path.join(moduleDir, 'pom.xml'),
    src: path.join(moduleDir, 'src'),
    jar: path.join(target, 'linkage-neo4j.jar'),
    lib: path.join(target, 'lib'),
    stamp: path.join(target, '.linkage-build-stamp'),
    cdsDir: path.join(target, 'cds'),
    buildLock: path.join(target, '.build-lock'),
  };
}

function findRepoRoot(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()];
  for (const start of starts) {
    if (start === null) continue;
    let dir = path.resolve(start);
    for (;;) {
      if (fs.existsSync(path.join(dir, 'neo4j', 'pom.xml')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error("Cannot find Linkage's neo4j/pom.xml above the current directory");
}
