// What this launcher and the Java side (neo4j/src/main/java/linkage) agree on: the Neo4j version the
// Maven module pins, the main class and how it is told its data directory, the JVM flags it runs
// with, and the output lines the launcher watches for. Change these together with the Java code.

export const NEO4J_VERSION = '5.26.30';
export const NEO4J_USER = 'neo4j';
export const MAIN_CLASS = 'linkage.Neo4jRunner';

/** The runner reads its data directory from this system property; it also lets a leftover process be recognised by its command line. */
export function dataDirProperty(dataDir: string): string {
  return `-Dlinkage.neo4j.dataDir=${dataDir}`;
}

/** Printed once Bolt accepts connections. */
export const READY_LINE = /^Linkage Neo4j (\S+) ready on (bolt:\/\/\S+)/;
/** Printed after Neo4j has shut down cleanly, before the JVM exits. */
export const STOPPED_LINE = 'Linkage Neo4j stopped';

// What Neo4j's own launcher passes to its JVM (conf/neo4j.conf, server.jvm.additional), minus the
// pre-touch of the whole heap, which only slows a dev start. The --add-opens flags are needed on
// Java 17+: without them the page cache falls back to a slower mode ("Reflection access to
// java.nio.DirectByteBuffer is not available") and transaction-log preallocation fails
// ("Incorrect file descriptor") in logs/debug.log.
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];
