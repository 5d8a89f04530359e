package linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.NullLogProvider;

/**
 * Linkage's own Neo4j: Neo4j Community embedded, Bolt only, on 127.0.0.1. Its settings come from
 * {@link RunnerConfig}, the Neo4j settings from {@link EmbeddedSettings}.
 *
 * <p>Standard output gets a few lines of ours, among them exactly one line starting with
 * {@code Linkage Neo4j <version> ready on bolt://} once Bolt accepts connections. SIGTERM / SIGINT
 * shut the database down cleanly and exit 0.
 */
public final class Neo4jRunner {
    static final String READY_PREFIX = "Linkage Neo4j ";
    static final String USER = "neo4j";

    private static final PrintStream OUT = System.out;
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);
    private static volatile DatabaseManagementService managementService;

    private Neo4jRunner() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (StartupException e) {
            System.err.println("Linkage Neo4j failed to start: " + e.getMessage());
            System.exit(2);
        } catch (Throwable e) {
            System.err.println("Linkage Neo4j failed to start: " + describe(e));
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        RunnerConfig config = RunnerConfig.read(args);
        int port = config.port();
        Path home = config.home();
        Files.createDirectories(home);

        OUT.println("Linkage Neo4j starting (bolt 127.0.0.1:" + port + ", data " + home
                + ", page cache " + ByteUnit.bytesToString(config.pageCache())
                + ", heap max " + ByteUnit.bytesToString(Runtime.getRuntime().maxMemory()) + ")");
        OUT.flush();

        if (!portIsFree(port)) {
            throw new StartupException("port " + port + " on 127.0.0.1 is already in use;"
                    + " stop whatever listens there or choose another port with NEO4J_BOLT_PORT.");
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(stopped), "linkage-neo4j-shutdown"));

        long t0 = System.nanoTime();
        try {
            managementService = new DatabaseManagementServiceBuilder(home)
                    .setConfig(EmbeddedSettings.of(config))
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .build();
        } catch (RuntimeException e) {
            throw new StartupException(explainStartFailure(e, port, home));
        }

        GraphDatabaseService system = managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, config.password());
        // Touch the default database so a broken store shows up now, not at the first query.
        managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("RETURN 1");

        waitUntilListening(port, Duration.ofSeconds(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        OUT.println(READY_PREFIX + Version.getNeo4jVersion() + " ready on bolt://127.0.0.1:" + port
                + " (data: " + home + ")");
        OUT.println("Linkage Neo4j started in " + ms + " ms; user " + USER + ", logs in " + config.logs());
        OUT.flush();

        if (config.exitOnStdinEof()) {
            Thread watcher = new Thread(Neo4jRunner::exitOnStdinEof, "linkage-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        stopped.await();
    }

    /** Sets the password of user neo4j through the system database; works on a new and an existing store. */
    private static void setPassword(GraphDatabaseService system, String password) {
        Map<String, Object> params = Map.of("pw", password);
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: then it is already right,
            // and only the change-required flag still needs clearing.
            if (!describe(e).toLowerCase(Locale.ROOT).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static void shutdown(CountDownLatch stopped) {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        int code = 0;
        DatabaseManagementService service = managementService;
        if (service != null) {
            OUT.println("Linkage Neo4j stopping…");
            OUT.flush();
            try {
                service.shutdown();
                OUT.println("Linkage Neo4j stopped");
            } catch (Throwable e) {
                System.err.println("Linkage Neo4j: error during shutdown: " + describe(e));
                code = 1;
            }
            OUT.flush();
            System.err.flush();
        }
        stopped.countDown();
        if (service != null) {
            // A signal-triggered exit would otherwise end with 128+signal; a clean stop is a success.
            Runtime.getRuntime().halt(code);
        }
    }

    private static void exitOnStdinEof() {
        try {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            while (in.read(buf) >= 0) {
                // Ignore input; only the end of the stream matters.
            }
        } catch (IOException ignored) {
            // Treat a broken stdin like EOF.
        }
        OUT.println("Linkage Neo4j: standard input closed (the launcher is gone), shutting down");
        OUT.flush();
        System.exit(0);
    }

    private static boolean portIsFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void waitUntilListening(int port, Duration timeout) throws InterruptedException, StartupException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new StartupException("Bolt did not start listening on 127.0.0.1:" + port + " within " + timeout.toSeconds() + " s.");
    }

    private static String explainStartFailure(RuntimeException e, int port, Path home) {
        String all = describe(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("address already in use") || lower.contains("bindexception")) {
            return "port " + port + " on 127.0.0.1 is already in use;"
                    + " stop whatever listens there or choose another port with NEO4J_BOLT_PORT.";
        }
        if (lower.contains("lock") && lower.contains("store")) {
            return "the data directory " + home + " is locked by another Neo4j process; stop it first. (" + all + ")";
        }
        return all + " (see " + home.resolve("logs").resolve("debug.log") + ")";
    }

    /** Message chain of an exception, outermost first. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }
}
