package org.blogplatform.accounts.passwords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Argon2id for new hashes at the OWASP configuration of 7 MiB, 5 iterations, 1 lane: OWASP lists it as equal in
 * strength to 19 MiB × 2 for about the same CPU, and a third of the memory per hash lets a small heap sign users
 * in at the raw hash rate instead of collecting 19 MiB blocks (BENCHMARKS.md). Hashes with fewer iterations or
 * less memory, such as the 19 MiB × 2 ones, and bcrypt hashes written by the Python app (passlib) still verify
 * and are reported as needing a re-hash. No more hashes run at once than the configured limit, so a burst of
 * sign-ins queues here instead of starving every other request of CPU, and the queue is bounded ({@link
 * HashSlots}).
 */
public class PasswordHasher {

    private static final int BCRYPT_MAX_BYTES = 72;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MEMORY_KIB = 7 * 1024;
    private static final int ITERATIONS = 5;

    /** Decides which stored hashes need a re-hash; the hashing itself is {@link PooledArgon2}'s. */
    private final Argon2PasswordEncoder argon2 =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, MEMORY_KIB, ITERATIONS);

    private final PooledArgon2 pooled;
    private final HashSlots slots;
    private volatile String dummyHash;

    /**
     * @param maxConcurrentHashes hashes run at once
     * @param maxWaiting requests that may wait for a hashing slot; more get 503 at once
     * @param maxWait how long one waits for a slot before it gets 503
     */
    public PasswordHasher(int maxConcurrentHashes, int maxWaiting, Duration maxWait) {
        this.slots = new HashSlots(maxConcurrentHashes, maxWaiting, maxWait);
        this.pooled = new PooledArgon2(SALT_BYTES, HASH_BYTES, MEMORY_KIB, ITERATIONS, maxConcurrentHashes);
    }

    public String hash(CharSequence password) {
        return bounded(() -> pooled.encode(password));
    }

    public boolean matches(CharSequence password, String storedHash) {
        if (!isWellFormed(password)) {
            return false; // no stored password can be text that is not Unicode (a lone surrogate)
        }
        if (isBcrypt(storedHash)) {
            return bounded(() -> BCrypt.checkpw(bcryptInput(password), storedHash));
        }
        return bounded(() -> pooled.matches(password, storedHash));
    }

    /** Spends the same effort as a real check, so an unknown account can't be told apart by timing. */
    public void matchAgainstDummy(CharSequence password) {
        String hash = dummyHash;
        if (hash == null) {
            hash = hash("dummy password that matches nothing");
            dummyHash = hash;
        }
        matches(password, hash);
    }

    public boolean needsRehash(String storedHash) {
        return isBcrypt(storedHash) || argon2.upgradeEncoding(storedHash);
    }

    public int waiting() {
        return slots.waiting();
    }

    private static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBcrypt(String hash) {
        return hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$");
    }

    /** passlib's bcrypt silently used the first 72 bytes of longer passwords; so must we to verify them. */
    private static byte[] bcryptInput(CharSequence password) {
        byte[] bytes = password.toString().getBytes(StandardCharsets.UTF_8);
        return bytes.length > BCRYPT_MAX_BYTES ? Arrays.copyOf(bytes, BCRYPT_MAX_BYTES) : bytes;
    }

    /**
     * Hashes also run at the lowest thread priority, so that a sign-in storm takes only the CPU that other
     * requests leave. The JVM applies Java priorities only when started with -XX:ThreadPriorityPolicy=1 (as
     * bin/accounts does, mapping the lowest priority to nice 19); otherwise this costs nothing and does nothing.
     */
    private <T> T bounded(Supplier<T> work) {
        return slots.run(() -> {
            Thread thread = Thread.currentThread();
            int priority = thread.getPriority();
            thread.setPriority(Thread.MIN_PRIORITY);
            try {
                return work.get();
            } finally {
                thread.setPriority(priority);
            }
        });
    }
}
