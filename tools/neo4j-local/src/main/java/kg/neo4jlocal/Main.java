package kg.neo4jlocal;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community as an embedded DBMS with the Bolt connector on loopback.
 *
 * Settings come from the environment: NEO4J_PORT (7687), NEO4J_DATA_DIR (./data/neo4j-local),
 * NEO4J_PASSWORD (kg-local-pass, user neo4j), NEO4J_PAGECACHE_MB (256). Prints one ready line when
 * Bolt accepts connections and shuts the DBMS down cleanly on SIGTERM.
 */
public final class Main {
    private Main() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        Path home = Path.of(env("NEO4J_DATA_DIR", "data/neo4j-local")).toAbsolutePath();
        String password = env("NEO4J_PASSWORD", "kg-local-pass");
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // A development server: keep two transaction log files, not two days of them.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("neo4j-local stopped");
        }, "neo4j-local-shutdown"));

        // The first start creates user neo4j with a password that must be changed; set ours instead,
        // every start, so a changed NEO4J_PASSWORD takes effect on an existing data folder too.
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; anything else is a real failure.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }

        System.out.println("neo4j-local ready bolt://127.0.0.1:" + port + " (Neo4j " + neo4jVersion() + ", data " + home + ")");
        System.out.flush();
    }

    private static String neo4jVersion() {
        Package neo4j = DatabaseManagementService.class.getPackage();
        String version = neo4j == null ? null : neo4j.getImplementationVersion();
        return version == null ? "5.26" : version;
    }
}
