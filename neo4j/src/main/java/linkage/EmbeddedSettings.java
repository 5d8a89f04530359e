package linkage;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/** The Neo4j settings of Linkage's dev database: Bolt only, loopback only, small on disk, logs in files. */
final class EmbeddedSettings {
    private EmbeddedSettings() {}

    static Map<Setting<?>, Object> of(RunnerConfig config) {
        int port = config.port();
        Map<Setting<?>, Object> settings = new HashMap<>();
        // Network: Bolt only, loopback only, plain text (the driver connects with bolt://).
        settings.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        settings.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Netty's default 5 s quiet period, waited twice after the databases have already stopped,
        // made every stop take 10 s longer than it needs to.
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        settings.put(HttpConnector.enabled, false);
        settings.put(HttpsConnector.enabled, false);
        // Security.
        settings.put(GraphDatabaseSettings.auth_enabled, true);
        // Memory: heap comes from the launcher's -Xms/-Xmx; the page cache is off-heap.
        settings.put(GraphDatabaseSettings.pagecache_memory, config.pageCache());
        settings.put(GraphDatabaseSettings.pagecache_warmup_enabled, true);
        // Disk: keep transaction logs small on a dev machine.
        settings.put(GraphDatabaseSettings.keep_logical_logs, "1 days 100M");
        settings.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32));
        settings.put(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5));
        // Logging: Neo4j's own logs go to files under <data>/logs, nothing to stdout.
        settings.put(GraphDatabaseSettings.logs_directory, config.logs());
        settings.put(GraphDatabaseSettings.debug_log_enabled, true);
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        return settings;
    }
}
