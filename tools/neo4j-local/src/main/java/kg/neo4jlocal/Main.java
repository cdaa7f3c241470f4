package kg.neo4jlocal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community as an embedded DBMS with the Bolt connector on loopback and auth on.
 *
 * Settings come from the environment: NEO4J_PORT (7687), NEO4J_DATA_DIR (./data/neo4j-local),
 * NEO4J_PASSWORD (kg-local-pass, user neo4j), NEO4J_PAGECACHE_MB (256). Prints exactly one line
 * {@code neo4j-local ready bolt://127.0.0.1:PORT} once Bolt accepts connections with that password, and
 * shuts the DBMS down cleanly on SIGTERM/SIGINT (then prints {@code neo4j-local stopped}).
 * Any failure to start prints the error and exits 1.
 */
public final class Main {
    private Main() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static void main(String[] args) {
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        // Registered before the DBMS is built, so a SIGTERM during startup also shuts it down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = running.getAndSet(null);
            if (service != null) {
                service.shutdown();
                System.out.println("neo4j-local stopped");
                System.out.flush();
            }
        }, "neo4j-local-shutdown"));

        try {
            int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
            Path home = Path.of(env("NEO4J_DATA_DIR", "data/neo4j-local")).toAbsolutePath().normalize();
            String password = env("NEO4J_PASSWORD", "kg-local-pass");
            long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));
            System.out.println("neo4j-local: Neo4j " + neo4jVersion() + ", data " + home + ", page cache " + pageCacheMb + " MiB");
            System.out.flush();

            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    // A development server: keep two transaction log files, not two days of them.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .build();
            running.set(service);

            setPassword(service, password);

            System.out.println("neo4j-local ready bolt://127.0.0.1:" + port);
            System.out.flush();
        } catch (Throwable e) {
            System.out.println("neo4j-local failed to start: " + e);
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1); // runs the shutdown hook, which stops a DBMS that did start
        }
    }

    /**
     * The first start creates user neo4j with password "neo4j" that must be changed; set ours instead.
     * Done at every start, so a changed NEO4J_PASSWORD takes effect on an existing data folder too.
     * The embedded API runs with full rights, so no old password is needed.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password the user already has is refused (the restart case); anything else is real.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
            // Still make sure no password change is pending (it would be if the password were "neo4j").
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String neo4jVersion() {
        Package neo4j = DatabaseManagementService.class.getPackage();
        String version = neo4j == null ? null : neo4j.getImplementationVersion();
        return version == null ? "5.26" : version;
    }
}
