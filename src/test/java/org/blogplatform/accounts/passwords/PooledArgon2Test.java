package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PooledArgon2Test {

    private static final int MEMORY_KIB = 7 * 1024;

    private final PooledArgon2 pooled = new PooledArgon2(16, 32, MEMORY_KIB, 5, 1);
    private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, 5);

    @Test
    void hashesAreWrittenAndReadAsSpringSecuritysEncoderDoes() {
        String ours = pooled.encode("open sesame");
        String theirs = spring.encode("open sesame");

        assertThat(ours).startsWith("$argon2id$v=19$m=7168,t=5,p=1$").hasSameSizeAs(theirs);
        assertThat(spring.matches("open sesame", ours)).isTrue();
        assertThat(pooled.matches("open sesame", theirs)).isTrue();
        assertThat(pooled.matches("open sesame!", theirs)).isFalse();
        assertThat(pooled.matches("open sesame", spring.encode("open sesame!"))).isFalse();
    }

    @Test
    void everyArgon2TypeVersionAndCostStillVerifies() {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        for (String encoded : List.of(
                encode("$argon2i$v=19", Argon2Parameters.ARGON2_i, Argon2Parameters.ARGON2_VERSION_13, 1, salt),
                encode("$argon2d$v=19", Argon2Parameters.ARGON2_d, Argon2Parameters.ARGON2_VERSION_13, 1, salt),
                encode("$argon2id$v=19", Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, 4, salt))) {
            assertThat(spring.matches("pw", encoded)).as(encoded).isTrue();
            assertThat(pooled.matches("pw", encoded)).as(encoded).isTrue();
            assertThat(pooled.matches("pW", encoded)).as(encoded).isFalse();
        }
    }

    /** Spring Security's encoder reads such a hash as version 1.3; the reference implementation, as 1.0. */
    @Test
    void aHashWithoutAVersionIsArgon2VersionOnePointZero() {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        String encoded = encode("$argon2id", Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_10, 1, salt);

        assertThat(pooled.matches("pw", encoded)).isTrue();
        assertThat(pooled.matches("pw", encoded.replace("$argon2id$", "$argon2id$v=19$")))
                .isFalse();
    }

    @Test
    void unreadableStoredHashesMatchNothing() {
        String good = pooled.encode("pw");
        String saltAndHash = good.substring(good.indexOf("$", "$argon2id$v=19$m".length()));
        for (String unreadable : List.of(
                "",
                "pw",
                "$argon2id$",
                "$argon2x$v=19$m=7168,t=5,p=1" + saltAndHash,
                "$argon2id$v=19$m=7168,t=5" + saltAndHash,
                "$argon2id$v=19$m=7168,t=5,q=1" + saltAndHash,
                "$argon2id$v=nineteen$m=7168,t=5,p=1" + saltAndHash,
                "$argon2id$v=19$m=7168,t=5,p=0" + saltAndHash,
                "$argon2id$v=19$m=7168,t=5,p=1$c2FsdA$aGk",
                "$argon2id$v=19$m=7168,t=5,p=1$!!!$aGFzaGhhc2g",
                "$argon2id$v=19$m=7168,t=5,p=1" + saltAndHash + "$extra",
                good.substring(0, good.lastIndexOf('$')))) {
            assertThat(pooled.matches("pw", unreadable)).as(unreadable).isFalse();
        }
        assertThat(pooled.matches("pw", good)).isTrue();
    }

    @Test
    void aHashReusesTheBlocksOfTheOneBefore() {
        String hash = pooled.encode("pw");

        long allocated =
                bytesAllocatedBy(() -> assertThat(pooled.matches("pw", hash)).isTrue());

        assertThat(allocated).as("bytes allocated by a check of a 7 MiB hash").isLessThan(MEMORY_KIB * 1024L / 8);
    }

    @Test
    void hashesInFlightNeverShareTheirBlocks() {
        PooledArgon2 twoAtOnce = new PooledArgon2(16, 32, MEMORY_KIB, 5, 2);

        Argon2BytesGenerator.BlockPool first = twoAtOnce.borrowBlocks();
        Argon2BytesGenerator.BlockPool second = twoAtOnce.borrowBlocks();
        assertThat(second).isNotSameAs(first);

        twoAtOnce.returnBlocks(first);
        assertThat(twoAtOnce.borrowBlocks()).isSameAs(first);
        assertThat(twoAtOnce.borrowBlocks()).isNotIn(first, second);
    }

    @Test
    void checksOnTwoThreadsAtOnceVerifyAndKeepReusingBlocks() throws Exception {
        PooledArgon2 twoAtOnce = new PooledArgon2(16, 32, MEMORY_KIB, 5, 2);
        String hash = twoAtOnce.encode("pw");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = i % 2 == 0 ? "pw" : "pW";
                checks.add(threads.submit(() -> twoAtOnce.matches(password, hash)));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertThat(checks.get(i).get()).as("check %d", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(bytesAllocatedBy(
                        () -> assertThat(twoAtOnce.matches("pw", hash)).isTrue()))
                .isLessThan(MEMORY_KIB * 1024L / 8);
    }

    private static long bytesAllocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static String encode(String prefix, int type, int version, int lanes, byte[] salt) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(64)
                .withIterations(2)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[32];
        generator.generateBytes("pw".toCharArray(), hash);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "%s$m=64,t=2,p=%d$%s$%s"
                .formatted(prefix, lanes, base64.encodeToString(salt), base64.encodeToString(hash));
    }
}
