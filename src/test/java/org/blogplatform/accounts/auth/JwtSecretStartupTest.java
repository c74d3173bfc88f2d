package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.blogplatform.accounts.AccountsApplication;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.PostgresTestDatabase;
import org.blogplatform.accounts.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The service as started for real: command-line arguments, as they outrank application.properties. */
@ExtendWith(OutputCaptureExtension.class)
class JwtSecretStartupTest {

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(AccountsApplication.class).run(args);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    @RequiresPostgres
    void onPostgresWithoutASecretTheServiceRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> {
            try (var started = start(
                    "--server.port=0",
                    "--management.server.port=0",
                    "--spring.datasource.url=" + PostgresTestDatabase.url(),
                    "--spring.datasource.username=" + PostgresTestDatabase.user(),
                    "--spring.datasource.password=" + PostgresTestDatabase.password(),
                    "--accounts.jwt.secret=")) {
                // started: the assertions below fail
            }
        });

        assertThat(failure).as("the service started without a secret").isNotNull();
        FailureAnalysis analysis = new MissingJwtSecretFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("caused by the missing secret: " + failure).isNotNull();
        assertThat(analysis.getDescription()).contains("ACCOUNTS_JWT_SECRET").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("ACCOUNTS_JWT_SECRET");
        assertThat(output.getOut() + output.getErr())
                .as("the analyzer is registered, so the report says what to set")
                .contains("APPLICATION FAILED TO START", "Set ACCOUNTS_JWT_SECRET");
    }

    @Test
    void onTheEmbeddedDatabaseWithoutASecretTokensSurviveARestart(@TempDir Path parent) throws Exception {
        Path dataDir = parent.resolve("data");
        String[] args = {
            "--server.port=0", "--management.server.port=0", "--accounts.data-dir=" + dataDir, "--accounts.jwt.secret="
        };
        Account account;
        try (var first = start(args)) {
            account = client(first).newAccount();
        }
        assertThat(dataDir.resolve("jwt-secret")).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .as("the database and the secret are its owner's only")
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))))
                .isEqualTo("rw-------");

        try (var second = start(args)) {
            assertThat(client(second).get("/users/me/profile", account.token()).status())
                    .isEqualTo(200);
        }
    }
}
