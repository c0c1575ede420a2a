package org.isnad.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, bound to 127.0.0.1.
 *
 * <p>Usage: {@code java -cp ... org.isnad.neo4j.Launcher --data DIR [--port N] [--pagecache SIZE]}.
 * The password comes from the environment variable {@code ISNAD_NEO4J_PASSWORD}. When Bolt is
 * accepting connections, exactly one JSON line is printed on stdout, e.g.
 * {@code {"event":"ready","bolt":"bolt://127.0.0.1:7687","version":"5.26.29","edition":"community"}}.
 * The process stops cleanly on SIGTERM/SIGINT and also when its stdin reaches end of file, so a
 * parent that dies (even by SIGKILL) never leaves this JVM behind.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String DEFAULT_PASSWORD = "isnad-local-dev";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("bad arguments: " + e.getMessage(), 2);
            return;
        }
        String password = System.getenv().getOrDefault("ISNAD_NEO4J_PASSWORD", DEFAULT_PASSWORD);
        if (password.length() < 8) {
            fail("ISNAD_NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)", 2);
        }
        if (options.port != 0 && !portIsFree(options.port)) {
            fail("port " + options.port + " on " + HOST + " is already in use; stop what holds it or choose another port (0 picks a free one)", 3);
        }

        DatabaseManagementService service;
        try {
            Files.createDirectories(options.dataDir);
            service = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pagecache))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Bolt's event loops otherwise wait a 5 s quiet period each on shutdown (10 s per stop);
                    // open connections are closed either way.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException | IOException e) {
            if (causedBy(e, BindException.class)) {
                fail("port " + options.port + " on " + HOST + " is already in use; choose another port (0 picks a free one)", 3);
            }
            fail("Neo4j did not start: " + rootMessage(e), 1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "isnad-neo4j-shutdown"));

        try {
            setPassword(service, password);
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int port = boundBoltPort(db);
            String[] versionAndEdition = versionAndEdition(db);
            System.out.println("{\"event\":\"ready\",\"bolt\":\"bolt://" + HOST + ":" + port + "\",\"version\":\""
                    + versionAndEdition[0] + "\",\"edition\":\"" + versionAndEdition[1] + "\"}");
            System.out.flush();
        } catch (RuntimeException e) {
            System.err.println("isnad-neo4j: Neo4j started but could not be prepared: " + rootMessage(e));
            System.exit(1);
        }
        exitWhenStdinCloses();
    }

    /** The initial `neo4j` user is given the configured password, so the driver can log in. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A restart on an existing data directory: the password is already the configured one.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static int boundBoltPort(GraphDatabaseService db) {
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        return ports.getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static String[] versionAndEdition(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
                Map.of(),
                result -> {
                    Map<String, Object> row = result.next();
                    return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
                });
    }

    /** Blocks on stdin; end of file means the parent is gone, so the JVM exits (running the shutdown hook). */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken stdin is the same as a closed one.
            }
            System.exit(0);
        }, "isnad-neo4j-stdin-watch");
        watcher.setDaemon(false);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void fail(String message, int code) {
        System.err.println("isnad-neo4j: " + message);
        System.exit(code);
    }

    /** Command-line options; unknown flags are errors so typos do not pass silently. */
    private record Options(Path dataDir, int port, String pagecache) {
        static Options parse(String[] args) {
            Path data = null;
            int port = 7687;
            String pagecache = "128m";
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args[++i];
                switch (flag) {
                    case "--data" -> data = Path.of(value).toAbsolutePath();
                    case "--port" -> port = parsePort(value);
                    case "--pagecache" -> pagecache = value;
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (data == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            return new Options(data, port, pagecache);
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("--port must be 0..65535, got " + value);
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number, got " + value);
            }
        }
    }
}
