package org.blogplatform.accounts.passwords;

import java.util.Base64;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A stored Argon2 hash in the PHC string form that Spring Security and the reference implementation read and
 * write: {@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}, Base64 without padding.
 */
record EncodedArgon2(int type, int version, int memoryKiB, int iterations, int lanes, byte[] salt, byte[] hash) {

    /** @throws IllegalArgumentException for anything else, including bad Base64 */
    static EncodedArgon2 parse(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length < 5 || !parts[0].isEmpty()) {
            throw new IllegalArgumentException("not an encoded Argon2 hash");
        }
        int type =
                switch (parts[1]) {
                    case "argon2d" -> Argon2Parameters.ARGON2_d;
                    case "argon2i" -> Argon2Parameters.ARGON2_i;
                    case "argon2id" -> Argon2Parameters.ARGON2_id;
                    default -> throw new IllegalArgumentException("not an Argon2 type");
                };
        int next = 2;
        int version = Argon2Parameters.ARGON2_VERSION_10;
        if (parts[next].startsWith("v=")) {
            version = number(parts[next++], "v=");
        }
        String[] costs = parts[next++].split(",");
        if (costs.length != 3 || parts.length != next + 2) {
            throw new IllegalArgumentException("not an encoded Argon2 hash");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new EncodedArgon2(
                type,
                version,
                number(costs[0], "m="),
                number(costs[1], "t="),
                number(costs[2], "p="),
                base64.decode(parts[next]),
                base64.decode(parts[next + 1]));
    }

    /** The same costs and salt with another hash. */
    EncodedArgon2 withHash(byte[] hash) {
        return new EncodedArgon2(type, version, memoryKiB, iterations, lanes, salt, hash);
    }

    String format() {
        String name =
                switch (type) {
                    case Argon2Parameters.ARGON2_d -> "argon2d";
                    case Argon2Parameters.ARGON2_i -> "argon2i";
                    default -> "argon2id";
                };
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$%s$v=%d$m=%d,t=%d,p=%d$%s$%s"
                .formatted(
                        name,
                        version,
                        memoryKiB,
                        iterations,
                        lanes,
                        base64.encodeToString(salt),
                        base64.encodeToString(hash));
    }

    /** Without a block pool, for the caller to add its own. */
    Argon2Parameters.Builder parameters() {
        return new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt);
    }

    private static int number(String part, String prefix) {
        if (!part.startsWith(prefix)) {
            throw new IllegalArgumentException("expected " + prefix);
        }
        // a NumberFormatException is an IllegalArgumentException too
        return Integer.parseInt(part.substring(prefix.length()));
    }
}
