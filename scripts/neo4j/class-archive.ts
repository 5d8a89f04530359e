// Class-data sharing (AppCDS): Neo4j loads ~18,000 classes at start-up. The first start records them
// in an archive under neo4j/target/cds when it stops cleanly; later starts map that archive instead
// of loading and verifying every class again (much faster warm starts, a smaller RSS).
// The `classDataSharing` option (LINKAGE_NEO4J_CDS=0 in the configuration) turns this off.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ModulePaths } from './module-paths';
import { isAlive } from './processes';
import { JVM_FLAGS, NEO4J_VERSION } from './runner-contract';

// The JVM reports archive mismatches and dump progress on stdout, which would clutter the launcher's log.
const CDS_QUIET = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
/** Makes temporary archive names unique when one launcher records for several Neo4j at once. */
let recordings = 0;

export interface ClassArchivePlan {
  flags: string[];
  /** True when this run records the archive (at JVM exit, after Neo4j has shut down). */
  recording: boolean;
  /** Called after the java process exited with code 0: keeps a freshly written archive. */
  afterCleanExit(): Promise<void>;
}

/** Chooses the JVM flags that use, or record, the class-data-sharing archive for this build and JDK. */
export async function planClassArchive(paths: ModulePaths, javaVersion: string, enabled = true): Promise<ClassArchivePlan> {
  const none: ClassArchivePlan = { flags: [], recording: false, afterCleanExit: () => Promise.resolve() };
  if (!enabled) return none;
  try {
    const stamp = await fs.promises.stat(paths.stamp);
    const key = createHash('sha256')
      .update(`${javaVersion}\n${stamp.mtimeMs}\n${NEO4J_VERSION}\n${JVM_FLAGS.join(' ')}`)
      .digest('hex')
      .slice(0, 16);
    const archive = path.join(paths.cdsDir, `${key}.jsa`);
    await fs.promises.mkdir(paths.cdsDir, { recursive: true });
    // Drop archives of older builds or JDKs, and half-written ones whose launcher is gone. (A running
    // JVM keeps its mapping of a deleted archive, so this never disturbs a Neo4j that is up.)
    for (const name of await fs.promises.readdir(paths.cdsDir)) {
      const tmpOwner = /\.(\d+)\.\d+\.tmp$/.exec(name)?.[1];
      const stale = name.endsWith('.jsa') ? name !== `${key}.jsa` : tmpOwner !== undefined && !isAlive(Number(tmpOwner));
      if (stale) await fs.promises.rm(path.join(paths.cdsDir, name), { force: true });
    }
    if (fs.existsSync(archive)) {
      return { flags: [`-XX:SharedArchiveFile=${archive}`, ...CDS_QUIET], recording: false, afterCleanExit: none.afterCleanExit };
    }

    // Recorded under a temporary name and renamed only after a clean exit, so that a JVM killed
    // mid-dump never leaves a broken archive for the next start to map.
    const tmp = path.join(paths.cdsDir, `${key}.${process.pid}.${++recordings}.tmp`);
    return {
      flags: [`-XX:ArchiveClassesAtExit=${tmp}`, ...CDS_QUIET],
      recording: true,
      afterCleanExit: async () => {
        try {
          if (fs.existsSync(archive)) await fs.promises.rm(tmp, { force: true });
          else await fs.promises.rename(tmp, archive);
        } catch {
          // No archive this time (e.g. the JVM could not write it); the next start tries again.
        }
      },
    };
  } catch {
    return none;
  }
}
