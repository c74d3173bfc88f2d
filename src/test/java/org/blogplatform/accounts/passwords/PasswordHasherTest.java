package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

class PasswordHasherTest {

    @Test
    void hashesVerifyAndOnlyTheRightPasswordMatches() {
        PasswordHasher hasher = new PasswordHasher(2);
        String hash = hasher.hash("open sesame");

        assertThat(hasher.matches("open sesame", hash)).isTrue();
        assertThat(hasher.matches("open sesame!", hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void bcryptAndWeakerArgon2HashesAskForARehash() {
        PasswordHasher hasher = new PasswordHasher(1);
        String bcrypt = "$2b$" + BCrypt.hashpw("pw", BCrypt.gensalt(4)).substring(4);
        String weakArgon2 = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("pw");

        assertThat(hasher.matches("pw", bcrypt)).isTrue();
        assertThat(hasher.needsRehash(bcrypt)).isTrue();
        assertThat(hasher.matches("pw", weakArgon2)).isTrue();
        assertThat(hasher.needsRehash(weakArgon2)).isTrue();
    }

    @Test
    void noMoreHashesRunAtOnceThanTheLimitOthersWaitInLine() throws Exception {
        PasswordHasher hasher = new PasswordHasher(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int maxWaiting = 0;
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                hashes.add(pool.submit(() -> hasher.hash("queued")));
            }
            while (hashes.stream().anyMatch(f -> !f.isDone())) {
                maxWaiting = Math.max(maxWaiting, hasher.waiting());
                Thread.onSpinWait();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(maxWaiting).isBetween(1, 3);
        assertThat(hasher.waiting()).isZero();
    }
}
