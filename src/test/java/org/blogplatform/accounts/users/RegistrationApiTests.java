package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
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
    void concurrentRegistrationsOfOneEmailGiveExactlyOne201AndOnly409sBesides() throws Exception {
        String email = uniqueEmail();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String variant = i % 2 == 0 ? email : email.toUpperCase();
            calls.add(() -> api.postJson(
                            "/users/register", Map.of("email", variant, "name", "Racer", "password", "long enough"))
                    .status());
        }
        List<Integer> statuses = Concurrently.all(calls);
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void invalidRegistrationsAre422NamingTheField() {
        String emoji = "😀";
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("email", Map.of("email", "not-an-email", "name", "A", "password", "long enough"));
        cases.put("email ", Map.of("email", "a".repeat(250) + "@example.com", "name", "A", "password", "long enough"));
        cases.put("name", Map.of("email", uniqueEmail(), "name", "   ", "password", "long enough"));
        cases.put("name ", Map.of("email", uniqueEmail(), "name", "", "password", "long enough"));
        cases.put("name  ", Map.of("email", uniqueEmail(), "name", "n".repeat(101), "password", "long enough"));
        cases.put("name   ", Map.of("email", uniqueEmail(), "name", "tab\there", "password", "long enough"));
        cases.put("password", Map.of("email", uniqueEmail(), "name", "A", "password", "short"));
        cases.put("password ", Map.of("email", uniqueEmail(), "name", "A", "password", "p".repeat(129)));
        cases.put("password  ", Map.of("email", uniqueEmail(), "name", "A"));
        cases.forEach((field, body) -> {
            Response response = api.postJson("/users/register", body);
            assertProblem(response, 422);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(field.strip());
        });
        assertThat(api.postJson(
                                "/users/register",
                                Map.of(
                                        "email",
                                        uniqueEmail(),
                                        "name",
                                        emoji.repeat(100),
                                        "password",
                                        emoji.repeat(128)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void emailIsShownOnlyToItsOwner() {
        ApiClient.Account owner = api.newAccount();
        ApiClient.Account other = api.newAccount();

        assertThat(api.get("/users/" + owner.id(), owner.token())
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(owner.email());
        assertThat(api.get("/users/" + owner.id(), other.token()).json().has("email"))
                .isFalse();
        assertThat(api.get("/users/" + owner.id()).json().has("email")).isFalse();
    }

    @Test
    void anUnknownUserIs404UserNotFound() {
        Response response = api.get("/users/987654321");
        assertProblem(response, 404);
        assertThat(response.json().get("detail").asString()).isEqualTo("User not found");
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
