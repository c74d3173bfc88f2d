package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedDatabaseASecretIsGeneratedIntoTheDataDirectoryAndReused() throws Exception {
        Path nested = dataDir.resolve("not-yet-created");

        SecretKey first = SigningKeys.resolve("", true, nested);
        SecretKey afterRestart = SigningKeys.resolve(null, true, nested);

        Path file = nested.resolve("jwt-secret");
        assertThat(file).isRegularFile();
        assertThat(first.getAlgorithm()).isEqualTo("HmacSHA256");
        assertThat(first.getEncoded()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(afterRestart.getEncoded());
        assertThat(first.getEncoded()).isEqualTo(Files.readString(file).strip().getBytes(StandardCharsets.UTF_8));
        assertThat(Files.list(nested)).as("no temporary file left behind").containsExactly(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)))
                .as("the data directory it created")
                .isEqualTo("rwx------");
    }

    @Test
    void theGeneratedSecretFileIsReadableByItsOwnerOnly() throws Exception {
        SigningKeys.resolve(" ", true, dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void eachDataDirectoryGetsASecretOfItsOwn() {
        SecretKey one = SigningKeys.resolve("", true, dataDir.resolve("one"));
        SecretKey other = SigningKeys.resolve("", true, dataDir.resolve("other"));

        assertThat(one.getEncoded()).isNotEqualTo(other.getEncoded());
    }

    @Test
    void aConfiguredSecretWinsAndNothingIsWritten() {
        SecretKey key = SigningKeys.resolve("configured-secret-0123456789abcdef0123", true, dataDir);

        assertThat(new String(key.getEncoded(), StandardCharsets.UTF_8))
                .isEqualTo("configured-secret-0123456789abcdef0123");
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();
    }

    @Test
    void withoutASecretOnAnExternalDatabaseNothingIsGeneratedAndTheErrorSaysWhatToSet() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> SigningKeys.resolve(missing, false, dataDir))
                    .isInstanceOf(MissingJwtSecretException.class)
                    .hasMessageContaining("ACCOUNTS_JWT_SECRET");
        }
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();
    }

    @Test
    void aSecretUnder32BytesIsRefusedOn32ItIsAccepted() {
        for (boolean embedded : new boolean[] {true, false}) {
            assertThatThrownBy(() -> SigningKeys.resolve("x".repeat(31), embedded, dataDir))
                    .isInstanceOf(MissingJwtSecretException.class)
                    .hasMessageContaining("ACCOUNTS_JWT_SECRET")
                    .hasMessageContaining("32 bytes");
            assertThat(SigningKeys.resolve("x".repeat(32), embedded, dataDir).getEncoded())
                    .hasSize(32);
        }
        assertThat(SigningKeys.resolve("€".repeat(11), false, dataDir).getEncoded())
                .as("counted in bytes, not characters")
                .hasSize(33);
        assertThatThrownBy(() -> SigningKeys.resolve("  " + "x".repeat(31) + "\n", false, dataDir))
                .as("surrounding blanks do not count")
                .isInstanceOf(MissingJwtSecretException.class);
    }

    @Test
    void aDamagedSecretFileIsRefusedRatherThanUsed() throws Exception {
        Files.writeString(dataDir.resolve("jwt-secret"), "short\n");

        assertThatThrownBy(() -> SigningKeys.resolve("", true, dataDir)).isInstanceOf(MissingJwtSecretException.class);
    }

    @Test
    void theFailureAnalysisSaysWhatToSet() {
        var analysis = new MissingJwtSecretFailureAnalyzer()
                .analyze(new IllegalStateException(
                        "context failed", new MissingJwtSecretException("ACCOUNTS_JWT_SECRET is not set")));

        assertThat(analysis.getDescription()).isEqualTo("ACCOUNTS_JWT_SECRET is not set");
        assertThat(analysis.getAction()).contains("ACCOUNTS_JWT_SECRET", "32 bytes");
    }
}
