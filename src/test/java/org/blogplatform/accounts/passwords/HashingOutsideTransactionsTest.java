package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every hash and verification of an account's life runs with no transaction and no pooled connection held:
 * a slow hash must never keep a connection from other requests.
 */
@OnOwnH2
class HashingOutsideTransactionsTest {

    record Observation(String call, boolean transaction, int connectionsInUse) {}

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        @Primary
        RecordingHasher recordingHasher(ObjectProvider<DataSource> dataSource) {
            return new RecordingHasher(dataSource);
        }
    }

    static class RecordingHasher extends PasswordHasher {
        final List<Observation> observations = new CopyOnWriteArrayList<>();
        private final ObjectProvider<DataSource> dataSource;

        RecordingHasher(ObjectProvider<DataSource> dataSource) {
            super(2, 100, Duration.ofMinutes(1));
            this.dataSource = dataSource;
        }

        @Override
        public String hash(CharSequence password) {
            observe("hash");
            return super.hash(password);
        }

        @Override
        public boolean matches(CharSequence password, String storedHash) {
            observe("matches");
            return super.matches(password, storedHash);
        }

        private void observe(String call) {
            observations.add(new Observation(
                    call, TransactionSynchronizationManager.isActualTransactionActive(), connectionsInUse()));
        }

        private int connectionsInUse() {
            try {
                var pool = dataSource.getObject().unwrap(HikariDataSource.class).getHikariPoolMXBean();
                return pool == null ? 0 : pool.getActiveConnections();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingHasher hasher;

    @Autowired
    DataSource dataSource;

    @Test
    void registrationSignInRehashAndPasswordChangeHashOutsideAnyTransactionAndConnection() {
        ApiClient api = new ApiClient(port);
        Account account = api.newAccount();
        api.postJson("/auth/token", Map.of("email", account.email(), "password", "wrong password"));
        api.postJson("/auth/token", Map.of("email", "unknown@example.com", "password", "wrong password"));
        new JdbcTemplate(dataSource)
                .update(
                        "insert into users (email, name, password_hash) values ('legacy@example.com', 'Old', ?)",
                        "$2b$"
                                + BCrypt.hashpw("legacy password", BCrypt.gensalt(4))
                                        .substring(4));
        api.token("legacy@example.com", "legacy password");
        var changed = api.changePassword(account.token(), account.password(), "another long one");
        assertThat(changed.status()).isEqualTo(204);

        assertThat(hasher.observations)
                .extracting(Observation::call)
                .as("register, sign in, wrong password, unknown email, legacy sign-in and rehash, password change")
                .hasSizeGreaterThanOrEqualTo(8)
                .contains("hash", "matches");
        assertThat(hasher.observations).allSatisfy(observation -> {
            assertThat(observation.transaction()).as(observation.toString()).isFalse();
            assertThat(observation.connectionsInUse())
                    .as(observation.toString())
                    .isZero();
        });
    }
}
