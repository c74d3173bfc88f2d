package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.SecretKey;
import org.blogplatform.accounts.AccountsApplication;
import org.blogplatform.accounts.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedDatabaseAGeneratedSecretIsKeptAndReusedSoTokensSurviveRestarts() throws Exception {
        SecretKey first = SigningKeys.resolve("", true, dataDir);
        SecretKey second = SigningKeys.resolve(null, true, dataDir);

        Path file = dataDir.resolve("jwt-secret");
        assertThat(file).exists();
        assertThat(first.getEncoded()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second.getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredSecretWinsAndNothingIsWritten() {
        SecretKey key = SigningKeys.resolve("configured-secret-0123456789abcdef0123", true, dataDir);

        assertThat(new String(key.getEncoded())).isEqualTo("configured-secret-0123456789abcdef0123");
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();
    }

    @Test
    void withoutASecretOnAnExternalDatabaseTheServiceRefusesToStart() {
        assertThatThrownBy(() -> SigningKeys.resolve(" ", false, dataDir))
                .isInstanceOf(MissingJwtSecretException.class)
                .hasMessageContaining("ACCOUNTS_JWT_SECRET");
    }

    @Test
    void aSecretShorterThan256BitsIsRefused() {
        assertThatThrownBy(() -> SigningKeys.resolve("short", true, dataDir))
                .isInstanceOf(MissingJwtSecretException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void startingOnPostgresWithoutASecretFailsWithOneLineSayingWhatToSet() {
        Throwable failure = null;
        try (var ignored = new SpringApplicationBuilder(AccountsApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + PostgresTestDatabase.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.user(),
                        "--accounts.jwt.secret=")) {
            // started: the assertion below fails
        } catch (Throwable e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new MissingJwtSecretFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("ACCOUNTS_JWT_SECRET").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("ACCOUNTS_JWT_SECRET");
    }
}
