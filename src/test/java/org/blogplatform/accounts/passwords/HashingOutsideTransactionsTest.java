package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
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

    /** {@code resourcesHeld}: connections or entity managers bound to the hashing thread. */
    record Observation(String call, boolean transaction, int resourcesHeld) {}

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        @Primary
        RecordingHasher recordingHasher() {
            return new RecordingHasher();
        }
    }

    static class RecordingHasher extends PasswordHasher {
        final List<Observation> observations = new CopyOnWriteArrayList<>();

        RecordingHasher() {
            super(2, 100, Duration.ofMinutes(1));
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

        /**
         * Per thread, not the pool's count of active connections: the mail outbox and the purges use connections
         * on threads of their own while requests hash.
         */
        private void observe(String call) {
            observations.add(new Observation(
                    call,
                    TransactionSynchronizationManager.isActualTransactionActive(),
                    TransactionSynchronizationManager.getResourceMap().size()));
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
            assertThat(observation.resourcesHeld()).as(observation.toString()).isZero();
        });
    }
}
