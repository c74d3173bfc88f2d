package org.blogplatform.accounts.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own on the local PostgreSQL server for this test run, dropped when the JVM exits. Tests
 * that use it are marked {@link RequiresPostgres}, which skips them when the server cannot be reached.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_SERVER", "//127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_PASSWORD", "");

    private static String url;
    private static String unreachable;
    private static boolean probed;

    private PostgresTestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
    }

    /** A further database of its own, for a test that must not share the run's schema. */
    public static String newDatabaseUrl() {
        return create();
    }

    /** Why the server cannot be reached, or null when it can; asked once per run. */
    static synchronized String unreachable() {
        if (!probed) {
            probed = true;
            try (Connection admin = admin()) {
                unreachable = null;
            } catch (SQLException e) {
                unreachable = SERVER + ": " + e.getMessage();
            }
        }
        return unreachable;
    }

    static String server() {
        return SERVER;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static String create() {
        String name = "accounts_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on PostgreSQL at " + SERVER, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return "jdbc:postgresql:" + SERVER + "/" + name;
    }

    private static void drop(String name) {
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres?connectTimeout=5", USER, PASSWORD);
    }
}
