package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;

abstract class PasswordPolicyApiTests extends ApiTest {

    private static String email() {
        return "policy-" + UUID.randomUUID() + "@example.com";
    }

    private Response register(String email, String name, String password) {
        return api.postJson("/users/register", Map.of("email", email, "name", name, "password", password));
    }

    private static void assertPasswordRejected(Response response, String field, String why) {
        assertProblem(response, 422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains(why);
    }

    @Test
    void commonPasswordsAreRefusedWithTheReason() {
        for (String common : new String[] {"password123", "Sunshine1", "iloveyou"}) {
            assertPasswordRejected(register(email(), "Eve", common), "password", "common");
        }
    }

    @Test
    void passwordEqualToEmailOrNameIsRefused() {
        String email = email();
        assertPasswordRejected(register(email, "Eve", email.toUpperCase()), "password", "email or your name");
        assertPasswordRejected(register(email, "Evelyn Hardcastle", "evelyn hardcastle"), "password", "email");
    }

    @Test
    void longAndNonAsciiPasswordsWorkWholeWithoutTruncation() {
        String email = email();
        String password = "é".repeat(40) + "ok";
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(register(email, "Eve", password).status()).isEqualTo(201);

        String first72Bytes = "é".repeat(36);
        assertThat(api.postJson("/auth/token", Map.of("email", email, "password", password))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson("/auth/token", Map.of("email", email, "password", first72Bytes))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aHundredCharacterPasswordWorks() {
        String email = email();
        String password = "q".repeat(50) + "Z".repeat(50);
        assertThat(register(email, "Eve", password).status()).isEqualTo(201);
        assertThat(api.token(email, password)).isNotBlank();
    }

    @Test
    void changingToACommonPasswordIsRefused() {
        Account account = api.newAccount();
        Response response = api.send(
                "PUT",
                "/users/me/password",
                "application/json",
                "{\"current_password\":\"" + account.password() + "\",\"new_password\":\"password123\"}",
                account.token());
        assertPasswordRejected(response, "new_password", "common");
    }
}

@OnH2
class PasswordPolicyApiOnH2Test extends PasswordPolicyApiTests {}

@OnPostgres
class PasswordPolicyApiOnPostgresTest extends PasswordPolicyApiTests {}
