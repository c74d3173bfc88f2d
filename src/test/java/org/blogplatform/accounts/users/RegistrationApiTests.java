package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    private Response register(Object body) {
        return api.postJson("/users/register", body);
    }

    /** A syntactically valid, unique email of the given length: a 64-character local part and 63-character labels. */
    private static String emailOfLength(int length) {
        String domain = "." + "b".repeat(63) + "." + "c".repeat(63) + ".com";
        String label = UUID.randomUUID().toString().replace("-", "");
        int room = length - 64 - 1 - domain.length();
        return "a".repeat(64) + "@" + label + "d".repeat(room - label.length()) + domain;
    }

    private static void assertInvalidFields(Response response, String... fields) {
        assertProblem(response, 422);
        List<String> named = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).as(response.toString()).containsOnly(fields);
    }

    @Test
    void theRegisteredUserHasExactlyIdNameEmailAndProfileAndTheEmailIsStoredLowerCased() {
        String email = uniqueEmail();
        Response response = register(Map.of("email", email.toUpperCase(), "name", "Grace", "password", "long enough"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "email", "profile");
        assertThat(response.json().get("email").asString()).isEqualTo(email);
        assertThat(response.json().get("profile").propertyNames())
                .containsExactlyInAnyOrder("bio", "avatar_url", "website_url", "twitter", "github", "updated_at");
        assertThat(api.token(email, "long enough")).isNotBlank();
    }

    @Test
    void aLowerCaseEmailConflictsWithAnUpperCaseOneRegisteredFirst() {
        String email = uniqueEmail();
        assertThat(register(Map.of("email", email.toUpperCase(), "name", "A", "password", "long enough"))
                        .status())
                .isEqualTo(201);

        Response again = register(Map.of("email", email, "name", "B", "password", "long enough"));

        assertProblem(again, 409);
        assertThat(again.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void anEmailOf255CharactersIsAcceptedAndOf256Refused() {
        assertThat(emailOfLength(255)).hasSize(255);
        assertThat(register(Map.of("email", emailOfLength(255), "name", "A", "password", "long enough"))
                        .status())
                .isEqualTo(201);
        assertInvalidFields(
                register(Map.of("email", emailOfLength(256), "name", "A", "password", "long enough")), "email");
    }

    @Test
    void anEmailThatGrowsPast255WhenLowerCasedIs422() {
        String email = emailOfLength(255).replaceFirst("a{64}", "\u0130".repeat(64));

        assertInvalidFields(register(Map.of("email", email, "name", "A", "password", "long enough")), "email");
    }

    /**
     * U+2C2F is a capital letter since Unicode 14: JDK 17 does not lower-case it, newer JDKs and some databases
     * do. The database's own check decides, so the expected answer is asked of the database under test.
     */
    @Test
    void anEmailTheDatabaseLowerCasesDifferentlyIs422OtherwiseStored() {
        String email = "\u2c2f-" + UUID.randomUUID() + "@example.com";
        String folded = email.toLowerCase(Locale.ROOT);
        boolean databaseAgrees = folded.equals(jdbc.queryForObject("select lower(?)", String.class, folded));

        Response response = register(Map.of("email", email, "name", "A", "password", "long enough"));

        if (databaseAgrees) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("email").asString()).isEqualTo(folded);
        } else {
            assertInvalidFields(response, "email");
        }
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertInvalidFields(
                register(Map.of("email", "nope", "name", " ", "password", "short")), "email", "name", "password");
        assertInvalidFields(register(Map.of()), "email", "name", "password");
        assertInvalidFields(register(Map.of("password", "long enough")), "email", "name");
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        String emoji = "\uD83D\uDE00";
        assertInvalidFields(
                register(Map.of("email", uniqueEmail(), "name", emoji.repeat(101), "password", "long enough")), "name");
        assertInvalidFields(
                register(Map.of("email", uniqueEmail(), "name", "A", "password", emoji.repeat(7))), "password");
        assertInvalidFields(
                register(Map.of("email", uniqueEmail(), "name", "A", "password", emoji.repeat(129))), "password");
        assertThat(register(Map.of("email", uniqueEmail(), "name", "n".repeat(100), "password", "exactly8"))
                        .status())
                .isEqualTo(201);
        String password = emoji.repeat(8);
        String email = uniqueEmail();
        assertThat(register(Map.of("email", email, "name", "A", "password", password))
                        .status())
                .isEqualTo(201);
        assertThat(api.token(email, password)).isNotBlank();
    }

    @Test
    void controlCharactersAndLoneSurrogatesInTheNameAre422() {
        for (String name : new String[] {"nul\u0000", "line\nbreak", "cr\rhere", "del\u007f", "c1\u0085"}) {
            assertInvalidFields(
                    register(Map.of("email", uniqueEmail(), "name", name, "password", "long enough")), "name");
        }
        for (String escaped : new String[] {"\\ud800lone", "\\udc00x", "x\\u0007"}) {
            assertInvalidFields(
                    register("{\"email\":\"" + uniqueEmail() + "\",\"name\":\"" + escaped
                            + "\",\"password\":\"long enough\"}"),
                    "name");
        }
    }

    @Test
    void nullFieldsAreMissingFields() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", uniqueEmail());
        body.put("name", null);
        body.put("password", null);
        assertInvalidFields(register(body), "name", "password");
    }

    @Test
    void thePasswordAndItsHashNeverAppearInAResponse() {
        String email = uniqueEmail();
        String password = "unmistakable-" + UUID.randomUUID();
        Response registered = register(Map.of("email", email, "name", "Secretive", "password", password));
        long id = registered.json().get("id").asLong();
        String token = api.token(email, password);
        String hash = jdbc.queryForObject("select password_hash from users where id = ?", String.class, id);

        List<Response> responses = List.of(
                registered,
                api.postJson("/auth/token", Map.of("email", email, "password", password)),
                api.get("/users/" + id),
                api.get("/users/" + id, token),
                api.get("/users/me", token),
                api.send("PATCH", "/users/me", "application/json", "{\"name\":\"Still Secretive\"}", token),
                api.get("/users?limit=5&after=" + (id - 1), token),
                register(Map.of("email", email, "name", "Again", "password", password)),
                register(Map.of("email", "bad", "name", "Again", "password", password)));
        for (Response response : responses) {
            assertThat(response.status()).as(response.toString()).isLessThan(500);
            assertThat(response.body()).doesNotContain(password, hash, "$argon2", "password_hash");
        }
    }

    @Test
    void aUserIsExactlyIdNameAndProfileToAnyoneButThemself() {
        ApiClient.Account owner = api.newAccount();
        ApiClient.Account other = api.newAccount();

        for (Response response :
                new Response[] {api.get("/users/" + owner.id()), api.get("/users/" + owner.id(), other.token())}) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "profile");
            assertThat(response.json().get("id").asLong()).isEqualTo(owner.id());
            assertThat(response.json().get("name").asString()).isEqualTo("Ada");
        }
        Response own = api.get("/users/" + owner.id(), owner.token());
        assertThat(own.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "email", "profile");
    }

    @Test
    void idsThatNeverExistedAre404UserNotFound() {
        for (String id : new String[] {"0", "-1", String.valueOf(Long.MAX_VALUE)}) {
            Response response = api.get("/users/" + id);
            assertProblem(response, 404);
            assertThat(response.json().get("detail").asString()).isEqualTo("User not found");
        }
    }

    @Test
    void anUnknownUserIsAlsoOneStatement() {
        statements.reset();
        assertThat(api.get("/users/987654320").status()).isEqualTo(404);
        assertThat(statements.count()).isEqualTo(1);
    }
}

@OnH2
class RegistrationApiOnH2Test extends RegistrationApiTests {}

@OnPostgres
class RegistrationApiOnPostgresTest extends RegistrationApiTests {}
