package org.blogplatform.accounts.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the HS256 key comes from: {@code ACCOUNTS_JWT_SECRET}, or, on the embedded database only, a secret
 * generated on first start and kept in the data directory so that tokens survive restarts.
 */
final class SigningKeys {

    static final int MIN_SECRET_BYTES = 32;

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SigningKeys() {}

    static SecretKey resolve(String configured, boolean embeddedDatabase, Path dataDir) {
        String secret = configured;
        if (secret == null || secret.isBlank()) {
            if (!embeddedDatabase) {
                throw new MissingJwtSecretException(
                        "ACCOUNTS_JWT_SECRET is not set; it is required when the service runs on an external database");
            }
            secret = loadOrCreate(dataDir.resolve("jwt-secret"));
        }
        byte[] bytes = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new MissingJwtSecretException(
                    "ACCOUNTS_JWT_SECRET is too short: it needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            createOwnerOnly(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "jwt-secret", ".tmp");
            restrictToOwner(temp);
            Files.writeString(temp, secret, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException raceLost) {
                Files.delete(temp);
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated JWT secret in " + file, e);
        }
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
