package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class RegistrationApiTests extends ApiTest {

    private static String uniqueEmail() {
        return "reg-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void registeringCreatesUserWithEmptyProfileAndLocation() {
        String email = uniqueEmail();
        Response response =
                api.postJson("/users/register", Map.of("email", email, "name", "Grace", "password", "long enough"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        long id = body.get("id").asLong();
        assertThat(response.header("Location")).isEqualTo("/users/" + id);
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("name").asString()).isEqualTo("Grace");
        JsonNode profile = body.get("profile");
        for (String field : new String[] {"bio", "avatar_url", "website_url", "twitter", "github"}) {
            assertThat(profile.has(field)).as(field).isTrue();
            assertThat(profile.get(field).isNull()).as(field).isTrue();
        }
        assertThat(profile.get("updated_at").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("long enough", "password", "argon2");
    }

    @Test
    void registeringTwiceWithSameEmailInOtherCaseIsConflict() {
        String email = uniqueEmail();
        api.postJson("/users/register", Map.of("email", email, "name", "A", "password", "long enough"));

        Response again = api.postJson(
                "/users/register", Map.of("email", email.toUpperCase(), "name", "B", "password", "long enough"));

        assertProblem(again, 409);
    }

    @Test
    void readingAUserIsOneStatement() {
        long id = api.newAccount().id();
        statements.reset();

        Response response = api.get("/users/" + id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statements.count()).isEqualTo(1);
        assertThat(response.json().has("email")).isFalse();
    }
}

@OnH2
class RegistrationApiOnH2Test extends RegistrationApiTests {}

@OnPostgres
class RegistrationApiOnPostgresTest extends RegistrationApiTests {}
