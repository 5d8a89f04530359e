package linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.NullLogProvider;

/**
 * Linkage's own Neo4j: Neo4j Community embedded, Bolt only, on 127.0.0.1.
 *
 * <p>Configuration (the Node launcher in scripts/neo4j always sets all of these):
 * <ul>
 *   <li>port: first argument, else env {@code NEO4J_BOLT_PORT}, else 7687</li>
 *   <li>password of user {@code neo4j}: env {@code NEO4J_PASSWORD} (required, at least 8 characters)</li>
 *   <li>home directory (databases, transaction logs, Neo4j's own log files): system property
 *       {@code linkage.neo4j.dataDir}, else env {@code NEO4J_DATA_DIR}, else {@code <repo>/.data/neo4j}</li>
 *   <li>page cache: env {@code NEO4J_PAGECACHE}, else 512m</li>
 *   <li>env {@code LINKAGE_NEO4J_EXIT_ON_STDIN_EOF=1}: shut down when standard input closes, so the
 *       database stops even if the process that started it dies without stopping it</li>
 * </ul>
 *
 * <p>Standard output gets a few lines of ours, among them exactly one line starting with
 * {@code Linkage Neo4j <version> ready on bolt://} once Bolt accepts connections. SIGTERM / SIGINT
 * shut the database down cleanly and exit 0.
 */
public final class Neo4jRunner {
    static final String READY_PREFIX = "Linkage Neo4j ";
    static final String USER = "neo4j";
    static final int MIN_PASSWORD_LENGTH = 8;

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
        int port = parsePort(args.length > 0 ? args[0] : env("NEO4J_BOLT_PORT", "7687"));
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new StartupException("NEO4J_PASSWORD is not set (the password for user neo4j).");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new StartupException("NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
        }
        Path home = dataDir();
        long pageCache = parseBytes("NEO4J_PAGECACHE", env("NEO4J_PAGECACHE", "512m"));

        Files.createDirectories(home);
        Path logs = home.resolve("logs");

        Map<Setting<?>, Object> config = new HashMap<>();
        // Network: Bolt only, loopback only, plain text (the driver connects with bolt://).
        config.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Netty's default 5 s quiet period, waited twice after the databases have already stopped,
        // made every stop take 10 s longer than it needs to.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        // Security.
        config.put(GraphDatabaseSettings.auth_enabled, true);
        // Memory: heap comes from the launcher's -Xms/-Xmx; the page cache is off-heap.
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(GraphDatabaseSettings.pagecache_warmup_enabled, true);
        // Disk: keep transaction logs small on a dev machine.
        config.put(GraphDatabaseSettings.keep_logical_logs, "1 days 100M");
        config.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32));
        config.put(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5));
        // Logging: Neo4j's own logs go to files under <data>/logs, nothing to stdout.
        config.put(GraphDatabaseSettings.logs_directory, logs);
        config.put(GraphDatabaseSettings.debug_log_enabled, true);
        config.put(GraphDatabaseSettings.udc_enabled, false);

        OUT.println("Linkage Neo4j starting (bolt 127.0.0.1:" + port + ", data " + home
                + ", page cache " + ByteUnit.bytesToString(pageCache)
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
                    .setConfig(config)
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .build();
        } catch (RuntimeException e) {
            throw new StartupException(explainStartFailure(e, port, home));
        }

        GraphDatabaseService system = managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, password);
        // Touch the default database so a broken store shows up now, not at the first query.
        managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("RETURN 1");

        waitUntilListening(port, Duration.ofSeconds(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        OUT.println(READY_PREFIX + Version.getNeo4jVersion() + " ready on bolt://127.0.0.1:" + port
                + " (data: " + home + ")");
        OUT.println("Linkage Neo4j started in " + ms + " ms; user " + USER + ", logs in " + logs);
        OUT.flush();

        if ("1".equals(System.getenv("LINKAGE_NEO4J_EXIT_ON_STDIN_EOF"))) {
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

    private static Path dataDir() {
        String configured = System.getProperty("linkage.neo4j.dataDir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("NEO4J_DATA_DIR");
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        return repoRoot().resolve(".data").resolve("neo4j");
    }

    /** The repository root: this class lives in <repo>/neo4j/target/(linkage-neo4j.jar|classes). */
    private static Path repoRoot() {
        try {
            Path location = Paths.get(Neo4jRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
                Path module = target.getParent();
                if (module != null && module.getParent() != null) {
                    return module.getParent();
                }
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // Fall back to the working directory.
        }
        return Paths.get("").toAbsolutePath();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String raw) throws StartupException {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new StartupException("invalid Bolt port '" + raw + "' (NEO4J_BOLT_PORT must be 1-65535).");
    }

    /** Parses sizes like 512m, 1g, 1024k, 1073741824. */
    static long parseBytes(String name, String raw) throws StartupException {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 1;
            }
            if (unit != 1) {
                s = s.substring(0, s.length() - 1);
            }
        }
        try {
            long value = Long.parseLong(s.trim());
            if (value > 0) {
                return value * unit;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new StartupException("invalid size '" + raw + "' in " + name + " (use e.g. 512m or 1g).");
    }

    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;

        StartupException(String message) {
            super(message);
        }
    }
}
