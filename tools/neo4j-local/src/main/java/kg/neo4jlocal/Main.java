package kg.neo4jlocal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

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

    /** Procedures the project calls (search, schema setup) and the read-only schema listings. */
    static final List<String> ALLOWED_PROCEDURES = List.of(
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.awaitIndexes",
            "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*");

    /** LOAD CSV may fetch no URL: every IPv4 and IPv6 address is blocked. */
    static final List<IPAddressString> BLOCK_EVERY_ADDRESS = List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));

    /** An empty folder as LOAD CSV's file root, so that even with file URLs turned on it reads nothing. */
    private static Path importDir(Path home) throws java.io.IOException {
        return Files.createDirectories(home.resolve("import-disabled"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static void main(String[] args) {
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch built = new CountDownLatch(1);
        // Registered before the DBMS is built: a SIGTERM during startup waits for it, then shuts it down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                built.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
            int minLength = GraphDatabaseSettings.auth_minimum_password_length.defaultValue();
            if (password.codePointCount(0, password.length()) < minLength) {
                throw new IllegalArgumentException("NEO4J_PASSWORD must have at least " + minLength + " characters");
            }
            System.out.println("neo4j-local: Neo4j " + neo4jVersion() + ", data " + home + ", page cache " + pageCacheMb + " MiB");
            System.out.flush();

            long started = System.nanoTime();
            // A new data folder: have Neo4j create user neo4j with our password right away.
            if (!Files.exists(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
                writeInitialPassword(home, password);
            }

            DatabaseManagementService service;
            try {
                service = new DatabaseManagementServiceBuilder(home)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(HttpsConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.auth_enabled, true)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                        // A development server: keep two transaction log files, not two days of them.
                        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                        // Bolt's Netty threads wait 2 × 5 s of quiet before stopping; its connections are closed by then.
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                        // Cypher reads no files and no URLs, and only the procedures the project uses exist
                        // (docs/api.md, "Security model"): the server refuses what a query text could hide.
                        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir(home))
                        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, BLOCK_EVERY_ADDRESS)
                        .setConfig(GraphDatabaseSettings.procedure_allowlist, ALLOWED_PROCEDURES)
                        .build();
                running.set(service);
            } finally {
                built.countDown();
            }
            long dbmsUp = System.nanoTime();

            String how = passwordMatches(service, password) ? "already set" : setPassword(service, password);
            System.out.printf("neo4j-local: DBMS started in %.1f s; password of user neo4j %s (%.1f s)%n",
                    (dbmsUp - started) / 1e9, how, (System.nanoTime() - dbmsUp) / 1e9);

            System.out.println("neo4j-local ready bolt://127.0.0.1:" + port);
            System.out.flush();
        } catch (Throwable e) {
            built.countDown();
            System.out.println("neo4j-local failed to start: " + e);
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1); // runs the shutdown hook, which stops a DBMS that did start
        }
    }

    /**
     * What {@code neo4j-admin dbms set-initial-password} does: the file data/dbms/auth.ini, from which the
     * first start creates user neo4j (password change not required). Internal API, so any failure here
     * only leaves the work to {@link #setPassword}.
     */
    private static void writeInitialPassword(Path home, String password) {
        try {
            Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
            Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(
                    new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User("neo4j", null, SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
        } catch (Throwable e) {
            System.out.println("neo4j-local: could not write the initial password file (" + e + "); setting it with Cypher");
        }
    }

    /** Whether user neo4j already has this password and no pending change: read from the system graph. */
    private static boolean passwordMatches(DatabaseManagementService service, String password) {
        try (Transaction tx = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", "neo4j");
            if (user == null) return false;
            Object credentials = user.getProperty("credentials", null);
            Object changeRequired = user.getProperty("passwordChangeRequired", Boolean.TRUE);
            return credentials instanceof String serialized && Boolean.FALSE.equals(changeRequired)
                    && SystemGraphCredential.deserialize(serialized, new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Throwable e) {
            return false; // internal format changed: let setPassword do it
        }
    }

    /**
     * Sets the password with Cypher in the system database (new data folder without the initial password
     * file, or a changed NEO4J_PASSWORD). The embedded API runs with full rights: no old password needed.
     */
    private static String setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password the user already has is refused; anything else is a real failure.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
        return "set";
    }

    private static String neo4jVersion() {
        Package neo4j = DatabaseManagementService.class.getPackage();
        String version = neo4j == null ? null : neo4j.getImplementationVersion();
        return version == null ? "5.26" : version;
    }
}
