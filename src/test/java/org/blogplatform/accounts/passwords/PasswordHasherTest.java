package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.blogplatform.accounts.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

class PasswordHasherTest {

    private static final String OWASP_ARGON2ID = "$argon2id$v=19$m=7168,t=5,p=1$";

    private static PasswordHasher hasher(int maxConcurrentHashes) {
        return new PasswordHasher(maxConcurrentHashes, 100, Duration.ofDays(1));
    }

    @Test
    void newHashesAreSaltedArgon2idAtOwaspParameters() {
        PasswordHasher hasher = hasher(2);

        String hash = hasher.hash("open sesame");

        assertThat(hash).startsWith(OWASP_ARGON2ID).doesNotContain("open sesame");
        assertThat(hasher.hash("open sesame")).isNotEqualTo(hash);
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void onlyTheRightPasswordMatches() {
        PasswordHasher hasher = hasher(2);
        String argon2 = hasher.hash("open sesame");
        String bcrypt = "$2b$" + BCrypt.hashpw("open sesame", BCrypt.gensalt(4)).substring(4);

        for (String hash : List.of(argon2, bcrypt)) {
            assertThat(hasher.matches("open sesame", hash)).as(hash).isTrue();
            assertThat(hasher.matches("open sesame!", hash)).as(hash).isFalse();
            assertThat(hasher.matches("Open sesame", hash)).as(hash).isFalse();
            assertThat(hasher.matches("", hash)).as(hash).isFalse();
        }
    }

    @Test
    void bcryptHashesOfEveryPrefixNeedARehash() {
        PasswordHasher hasher = hasher(1);
        String bcrypt = BCrypt.hashpw("pw", BCrypt.gensalt(4)).substring(4);

        for (String prefix : List.of("$2a$", "$2b$", "$2y$")) {
            assertThat(hasher.matches("pw", prefix + bcrypt)).as(prefix).isTrue();
            assertThat(hasher.needsRehash(prefix + bcrypt)).as(prefix).isTrue();
        }
    }

    @Test
    void argon2HashesWithWeakerParametersNeedARehashStrongerOnesDoNot() {
        PasswordHasher hasher = hasher(1);
        String lessMemory = new Argon2PasswordEncoder(16, 32, 1, 4096, 2).encode("pw");
        String fewerIterations = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode("pw");
        String stronger = new Argon2PasswordEncoder(16, 32, 1, 8 * 1024, 6).encode("pw");

        assertThat(hasher.matches("pw", lessMemory)).isTrue();
        assertThat(hasher.needsRehash(lessMemory)).isTrue();
        assertThat(hasher.matches("pw", fewerIterations)).isTrue();
        assertThat(hasher.needsRehash(fewerIterations)).isTrue();
        assertThat(hasher.matches("pw", stronger)).isTrue();
        assertThat(hasher.needsRehash(stronger)).isFalse();
    }

    /**
     * A password whose text is read only while a hash or check holds its slot: it parks the thread there until
     * released, so how many hashes run at once can be counted without relying on timing.
     */
    static class GatedPassword implements CharSequence {
        final String text;
        final AtomicInteger inside;
        final AtomicInteger mostInside;
        final CountDownLatch release;

        GatedPassword(String text, AtomicInteger inside, AtomicInteger mostInside, CountDownLatch release) {
            this.text = text;
            this.inside = inside;
            this.mostInside = mostInside;
            this.release = release;
        }

        @Override
        public String toString() {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }
    }

    @Test
    @Timeout(60)
    void neverMoreHashesOrChecksRunAtOnceThanTheLimitTheRestWaitInLine() throws Exception {
        int limit = 2;
        PasswordHasher hasher = hasher(limit);
        String argon2 = hasher.hash("pw");
        String bcrypt = BCrypt.hashpw("pw", BCrypt.gensalt(4));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> hasher.hash(new GatedPassword("pw", inside, mostInside, release))));
                calls.add(pool.submit(
                        () -> hasher.matches(new GatedPassword("pw", inside, mostInside, release), argon2)));
                calls.add(pool.submit(
                        () -> hasher.matches(new GatedPassword("pw", inside, mostInside, release), bcrypt)));
            }
            await().until(() -> inside.get() + hasher.waiting() == calls.size());

            assertThat(inside.get()).as("running").isEqualTo(limit);
            assertThat(hasher.waiting()).as("waiting").isEqualTo(calls.size() - limit);

            release.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(mostInside.get()).isEqualTo(limit);
        assertThat(hasher.waiting()).isZero();
    }

    @Test
    @Timeout(30)
    void aHashOrCheckThatFailsGivesItsSlotBack() {
        PasswordHasher hasher = hasher(1);
        CharSequence unreadable = new GatedPassword("pw", null, null, null) {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot be read");
            }
        };

        assertThatThrownBy(() -> hasher.hash(unreadable)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hasher.matches(unreadable, "$2b$04$" + "a".repeat(53)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(hasher.matches("pw", hasher.hash("pw"))).isTrue();
        assertThat(hasher.waiting()).isZero();
    }

    @Test
    @Timeout(60)
    void aHashThatFindsNoSlotWithinTheWaitIsRefusedAsUnavailable() throws Exception {
        PasswordHasher hasher = new PasswordHasher(1, 10, Duration.ofMillis(20));
        AtomicInteger inside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder =
                    pool.submit(() -> hasher.hash(new GatedPassword("pw", inside, new AtomicInteger(), release)));
            await().until(() -> inside.get() == 1);

            assertThatThrownBy(() -> hasher.hash("pw"))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getStatusCode())
                            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            assertThat(hasher.waiting()).isZero();

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(hasher.matches("pw", hasher.hash("pw")))
                .as("the slot is free again")
                .isTrue();
    }

    @Test
    @Timeout(60)
    void whenAsManyWaitAsAllowedTheNextIsRefusedAtOnce() throws Exception {
        PasswordHasher hasher = new PasswordHasher(1, 1, Duration.ofDays(1));
        AtomicInteger inside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder =
                    pool.submit(() -> hasher.hash(new GatedPassword("pw", inside, new AtomicInteger(), release)));
            await().until(() -> inside.get() == 1);
            Future<String> waiter = pool.submit(() -> hasher.hash("pw"));
            await().until(() -> hasher.waiting() == 1);

            assertThatThrownBy(() -> hasher.hash("pw"))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getStatusCode())
                            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(waiter.get(30, TimeUnit.SECONDS))
                    .as("the one in line got its turn")
                    .startsWith("$argon2id$");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
