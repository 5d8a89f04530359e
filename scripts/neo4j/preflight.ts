// Checks that make a missing prerequisite fail with advice on how to fix it, instead of with
// whatever java, mvn or Neo4j itself would print.

import { execFile } from 'node:child_process';
import net from 'node:net';

const MIN_JAVA = 17;

export const NEED_JAVA =
  `Java ${MIN_JAVA} or newer is required to run Linkage's own Neo4j: install it ` +
  `(Debian: apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j`;
const NEED_MAVEN =
  "Maven is required to build Linkage's own Neo4j runtime (neo4j/pom.xml): install it " +
  '(Debian: apt-get install -y maven; it also needs a JDK: apt-get install -y openjdk-17-jdk-headless) ' +
  'or set NEO4J_URI to use an existing Neo4j';

export interface Java {
  command: string;
  /** The output of `java -version`; part of the class-data archive's key. */
  version: string;
}

/** Returns the java command and its `java -version` text after checking that it runs and is new enough. */
export async function checkJava(): Promise<Java> {
  const java = 'java';
  const result = await run(java, ['-version']);
  if (result.error) throw new Error(`${NEED_JAVA} (java was not found on PATH)`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  let major = m?.[1] ? Number(m[1]) : NaN;
  if (major === 1 && m?.[2]) major = Number(m[2]); // "1.8.0_392" style
  if (!Number.isFinite(major)) throw new Error(`${NEED_JAVA} (could not read the version from \`java -version\`)`);
  if (major < MIN_JAVA) throw new Error(`${NEED_JAVA} (found Java ${major})`);
  return { command: java, version: result.output.trim() };
}

export async function checkMaven(): Promise<void> {
  const mvn = await run('mvn', ['-v']);
  if (mvn.error) throw new Error(`${NEED_MAVEN} (mvn was not found on PATH)`);
}

/** Fails with advice when something already listens on the port, rather than leaving that to Neo4j's start-up error. */
export async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(null)));
  });
  if (problem === 'EADDRINUSE') {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so Linkage's Neo4j cannot listen there: ` +
        'stop whatever uses it, or choose another port with NEO4J_BOLT_PORT.',
    );
  }
  if (problem !== null) throw new Error(`Cannot listen on 127.0.0.1:${port} for Linkage's Neo4j (${problem})`);
}

/** Runs cmd for its output; error is set only when cmd is not installed (a non-zero exit still gives output). */
function run(cmd: string, args: string[]): Promise<{ error: Error | null; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      const notFound = err !== null && (err as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ error: notFound ? err : null, output: `${stdout}${stderr}` });
    });
  });
}
