package linkage;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The runner's settings, read once at start-up (the Node launcher in scripts/neo4j always sets all of these):
 * <ul>
 *   <li>port: first argument, else env {@code NEO4J_BOLT_PORT}, else 7687</li>
 *   <li>password of user {@code neo4j}: env {@code NEO4J_PASSWORD} (required, at least 8 characters)</li>
 *   <li>home directory (databases, transaction logs, Neo4j's own log files): system property
 *       {@code linkage.neo4j.dataDir}, else env {@code NEO4J_DATA_DIR}, else {@code <repo>/.data/neo4j}</li>
 *   <li>page cache: env {@code NEO4J_PAGECACHE}, else 512m</li>
 *   <li>env {@code LINKAGE_NEO4J_EXIT_ON_STDIN_EOF=1}: shut down when standard input closes, so the
 *       database stops even if the process that started it dies without stopping it</li>
 * </ul>
 */
record RunnerConfig(int port, String password, Path home, long pageCache, boolean exitOnStdinEof) {
    static final int MIN_PASSWORD_LENGTH = 8;

    static RunnerConfig read(String[] args) throws StartupException {
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
        boolean exitOnStdinEof = "1".equals(System.getenv("LINKAGE_NEO4J_EXIT_ON_STDIN_EOF"));
        return new RunnerConfig(port, password, home, pageCache, exitOnStdinEof);
    }

    Path logs() {
        return home.resolve("logs");
    }

    /** Keeps the password out of anything that prints the config. */
    @Override
    public String toString() {
        return "RunnerConfig[port=" + port + ", home=" + home + ", pageCache=" + pageCache
                + ", exitOnStdinEof=" + exitOnStdinEof + "]";
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

    /** The repository root: the runner lives in <repo>/neo4j/target/(linkage-neo4j.jar|classes). */
    private static Path repoRoot() {
        try {
            Path location = Paths.get(RunnerConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
}
