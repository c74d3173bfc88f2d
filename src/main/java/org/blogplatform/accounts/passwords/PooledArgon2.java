package org.blogplatform.accounts.passwords;

import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Argon2 through Bouncy Castle, as Spring Security's {@code Argon2PasswordEncoder} runs it and in the same
 * encoded form ({@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}), but with the 1 KiB blocks of finished hashes
 * kept for the next one. Without the pool every hash allocates its 7 MiB afresh, and each young collection
 * copies the blocks of the hashes in flight (BENCHMARKS.md, tenth round). Blocks are cleared before they go back.
 *
 * <p>Each hash in flight has a pool of its own. Blocks that two hashes hand back to one shared pool at the same
 * time come out interleaved, so later hashes walk memory scattered over the heap: hashing on two threads, a hash
 * cost half as much CPU again after 15 s (BENCHMARKS.md, fourteenth round).
 */
final class PooledArgon2 {

    private final BytesKeyGenerator salts;
    private final int hashLength;
    private final int memoryKiB;
    private final int iterations;
    private final BlockingQueue<Argon2BytesGenerator.BlockPool> pools;

    PooledArgon2(int saltLength, int hashLength, int memoryKiB, int iterations, int concurrentHashes) {
        this.salts = KeyGenerators.secureRandom(saltLength);
        this.hashLength = hashLength;
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.pools = new ArrayBlockingQueue<>(concurrentHashes);
        for (int i = 0; i < concurrentHashes; i++) {
            pools.add(new Argon2BytesGenerator.FixedBlockPool(memoryKiB));
        }
    }

    String encode(CharSequence password) {
        EncodedArgon2 fresh = new EncodedArgon2(
                Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13,
                memoryKiB,
                iterations,
                1,
                salts.generateKey(),
                new byte[hashLength]);
        return fresh.withHash(hash(password, fresh)).format();
    }

    /** False for a stored hash that is not an Argon2 hash this can read, as Spring Security's encoder answers. */
    boolean matches(CharSequence password, String encoded) {
        try {
            EncodedArgon2 stored = EncodedArgon2.parse(encoded);
            return MessageDigest.isEqual(stored.hash(), hash(password, stored));
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            return false; // unreadable, or costs the generator refuses (no lanes, a hash under 4 bytes)
        }
    }

    /** The hash of the password with the costs and salt of {@code settings}, as long as its hash. */
    private byte[] hash(CharSequence password, EncodedArgon2 settings) {
        Argon2BytesGenerator.BlockPool blocks = borrowBlocks();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(settings.parameters().withBlockPool(blocks).build());
            byte[] hash = new byte[settings.hash().length];
            generator.generateBytes(password.toString().toCharArray(), hash);
            return hash;
        } finally {
            returnBlocks(blocks);
        }
    }

    /** A pool no other hash in flight is using. */
    Argon2BytesGenerator.BlockPool borrowBlocks() {
        // PasswordHasher's slots let no more hashes run at once than there are pools; a fresh one is a safety net.
        return Objects.requireNonNullElseGet(pools.poll(), () -> new Argon2BytesGenerator.FixedBlockPool(memoryKiB));
    }

    void returnBlocks(Argon2BytesGenerator.BlockPool blocks) {
        pools.offer(blocks);
    }
}
