package org.blogplatform.accounts.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the local PostgreSQL server for this test run, dropped when the JVM exits.
 * Unreachable server: the PostgreSQL tests are skipped on a developer machine, but fail when {@code CI=true}.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_SERVER", "//127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("ACCOUNTS_TEST_PG_PASSWORD", "");

    private static String url;

    private PostgresTestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
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
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but not reachable at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
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
        return DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres", USER, PASSWORD);
    }
}
