package org.blogplatform.accounts.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class ProfileValidationApiTests extends ApiTest {

    private static final String EMOJI = "😀";
    private static final String SEEDED = "{\"bio\":\"seeded\",\"avatar_url\":\"https://cdn.example.com/a.png\","
            + "\"website_url\":\"https://ada.example.com\",\"twitter\":\"@ada\",\"github\":\"ada-l\"}";

    private Account seededAccount() {
        Account account = api.newAccount();
        assertThat(api.putProfile(account, SEEDED).status()).isEqualTo(200);
        return account;
    }

    private static List<String> errorFields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> {
            assertThat(error.get("message").asString()).isNotBlank();
            fields.add(error.get("field").asString());
        });
        return fields;
    }

    private static void assertRefusedNamingOnly(Response response, String field) {
        assertProblem(response, 422);
        assertThat(errorFields(response)).as(response.toString()).containsOnly(field);
    }

    private static Map<String, String> invalidValues() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("bio", "b".repeat(501));
        cases.put("bio ", EMOJI.repeat(501));
        cases.put("twitter", "t".repeat(51));
        cases.put("twitter ", "a b");
        cases.put("twitter  ", "a.b");
        cases.put("twitter   ", "a-b");
        cases.put("github", "g".repeat(51));
        cases.put("github ", "a.b");
        cases.put("github  ", "@me");
        cases.put("avatar_url", "ftp://example.com/a.png");
        cases.put("avatar_url ", "javascript:alert(1)");
        cases.put("avatar_url  ", "/relative/a.png");
        cases.put("avatar_url   ", "http://");
        cases.put("avatar_url    ", "https://example.com/" + "a".repeat(481));
        cases.put("website_url", "ftp://example.com");
        cases.put("website_url ", "javascript:alert(1)");
        cases.put("website_url  ", "relative");
        cases.put("website_url   ", "http://");
        cases.put("website_url     ", "https://example.com:99999/");
        cases.put("website_url    ", "https://example.com/" + "a".repeat(481));
        return cases;
    }

    @Test
    void eachInvalidFieldIs422NamingItAndChangesNothing() {
        Account account = seededAccount();
        Map<String, Object> before = storedProfile(account);

        invalidValues().forEach((field, value) -> {
            Map<String, String> body = new LinkedHashMap<>();
            body.put(field.strip(), value);
            body.put("bio", body.getOrDefault("bio", "would be valid"));
            assertRefusedNamingOnly(api.putProfile(account, ApiClient.json(body)), field.strip());
            assertRefusedNamingOnly(api.patchProfile(account, ApiClient.json(body)), field.strip());
        });

        assertThat(storedProfile(account)).isEqualTo(before);
    }

    @Test
    void allInvalidFieldsAreNamedInOneAnswer() {
        Account account = seededAccount();
        Map<String, Object> before = storedProfile(account);
        String body = ApiClient.json(Map.of(
                "bio", EMOJI.repeat(501),
                "avatar_url", "javascript:alert(1)",
                "website_url", "http://",
                "twitter", "a-b",
                "github", "a.b"));

        for (Response response : List.of(api.putProfile(account, body), api.patchProfile(account, body))) {
            assertProblem(response, 422);
            assertThat(errorFields(response))
                    .containsExactlyInAnyOrder("bio", "avatar_url", "website_url", "twitter", "github");
        }
        assertThat(storedProfile(account)).isEqualTo(before);
    }

    @Test
    void limitsCountCodePointsSoFiveHundredEmojiFit() {
        Account account = api.newAccount();

        Response accepted = api.putProfile(account, ApiClient.json(Map.of("bio", EMOJI.repeat(500))));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("bio").asString()).isEqualTo(EMOJI.repeat(500));
        assertThat(storedProfile(account).get("bio")).isEqualTo(EMOJI.repeat(500));

        String handle = "𝒜".repeat(50);
        Response handles = api.putProfile(account, ApiClient.json(Map.of("twitter", handle, "github", handle)));
        assertThat(handles.status()).as(handles.toString()).isEqualTo(200);
        assertThat(storedProfile(account).get("twitter")).isEqualTo(handle);
        assertThat(storedProfile(account).get("github")).isEqualTo(handle);

        String url = "https://example.com/" + "a".repeat(480);
        Response urls = api.putProfile(account, ApiClient.json(Map.of("avatar_url", url, "website_url", url)));
        assertThat(urls.status()).as(urls.toString()).isEqualTo(200);
        assertThat(storedProfile(account).get("website_url")).isEqualTo(url);

        assertRefusedNamingOnly(api.putProfile(account, ApiClient.json(Map.of("bio", EMOJI.repeat(501)))), "bio");
        assertThat(storedProfile(account).get("bio")).isEqualTo(EMOJI.repeat(500));
    }

    @Test
    void handlesFollowPythonsUnicodeWordCharacters() {
        Account account = api.newAccount();
        for (String twitter : new String[] {"@日本語_1", "Zoë", "ada", "@a_1"}) {
            Response response = api.putProfile(account, ApiClient.json(Map.of("twitter", twitter)));
            assertThat(response.status()).as(twitter).isEqualTo(200);
            assertThat(response.json().get("twitter").asString()).isEqualTo(twitter);
            assertThat(storedProfile(account).get("twitter")).isEqualTo(twitter);
        }
        for (String github : new String[] {"my-name", "Zoë-日本", "a_b"}) {
            Response response = api.putProfile(account, ApiClient.json(Map.of("github", github)));
            assertThat(response.status()).as(github).isEqualTo(200);
            assertThat(storedProfile(account).get("github")).isEqualTo(github);
        }
        for (String bad : new String[] {"a b", "a.b", "a-b", "@", ""}) {
            assertRefusedNamingOnly(api.putProfile(account, ApiClient.json(Map.of("twitter", bad))), "twitter");
        }
        assertThat(storedProfile(account).get("twitter")).isEqualTo("@a_1");
    }

    @Test
    void controlCharactersInAnyFieldAre422AndNeverStored() {
        Account account = seededAccount();
        Map<String, Object> before = storedProfile(account);
        String[] fields = {"bio", "avatar_url", "website_url", "twitter", "github"};
        String[] prefixes = {"text", "https://example.com/", "https://example.com/", "ada", "ada"};
        for (String control : new String[] {"\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\ud800"}) {
            for (int i = 0; i < fields.length; i++) {
                String body = "{\"" + fields[i] + "\":\"" + prefixes[i] + control + "x\"}";
                assertRefusedNamingOnly(api.putProfile(account, body), fields[i]);
                assertRefusedNamingOnly(api.patchProfile(account, body), fields[i]);
            }
        }
        assertThat(storedProfile(account)).isEqualTo(before);
    }

    @Test
    void aNulInTheBioOfAProfileWithoutRowIsRefusedAndCreatesNothing() {
        Account account = api.newAccount();
        jdbc.update("delete from user_profiles where user_id = ?", account.id());

        assertRefusedNamingOnly(api.putProfile(account, "{\"bio\":\"a\\u0000b\"}"), "bio");
        assertRefusedNamingOnly(api.patchProfile(account, "{\"bio\":\"a\\u0000b\"}"), "bio");

        assertThat(jdbc.queryForObject(
                        "select count(*) from user_profiles where user_id = ?", Integer.class, account.id()))
                .isZero();
    }

    @Test
    void bodiesThatAreNotAJsonObjectAre400AndChangeNothing() {
        Account account = seededAccount();
        Map<String, Object> before = storedProfile(account);
        for (String body : new String[] {"[]", "\"bio\"", "42", "null", "{\"bio\":", "not json", ""}) {
            for (Response response : List.of(api.putProfile(account, body), api.patchProfile(account, body))) {
                assertProblem(response, 400);
            }
        }
        assertThat(storedProfile(account)).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongJsonTypeIs422NamingTheFieldAndChangesNothing() {
        Account account = seededAccount();
        Map<String, Object> before = storedProfile(account);
        for (String field : new String[] {"bio", "avatar_url", "website_url", "twitter", "github"}) {
            for (String value : new String[] {"5", "1.5", "true", "[\"a\"]", "{\"x\":1}"}) {
                String body = "{\"" + field + "\":" + value + "}";
                for (Response response : List.of(api.putProfile(account, body), api.patchProfile(account, body))) {
                    assertProblem(response, 422);
                    assertThat(errorFields(response)).as(body).containsExactly(field);
                    assertThat(response.json()
                                    .get("errors")
                                    .get(0)
                                    .get("message")
                                    .asString())
                            .isEqualTo("must be a string");
                }
            }
        }
        assertThat(storedProfile(account)).isEqualTo(before);
    }

    @Test
    void aTooLongBioSaysTheLimitAndWhatWasSent() {
        Account account = seededAccount();
        Response response = api.putProfile(account, ApiClient.json(Map.of("bio", "x".repeat(612))));
        assertProblem(response, 422);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be at most 500 characters (got 612)");
    }

    @Test
    void otherContentTypesAre415() {
        Account account = seededAccount();
        assertProblem(api.send("PUT", "/users/me/profile", "text/plain", "{\"bio\":\"x\"}", account.token()), 415);
        assertProblem(api.send("PATCH", "/users/me/profile", "application/xml", "<bio>x</bio>", account.token()), 415);
        assertThat(storedProfile(account).get("bio")).isEqualTo("seeded");
    }

    @Test
    void writingAProfileNeedsABearerToken() {
        assertProblem(api.send("PUT", "/users/me/profile", "application/json", "{\"bio\":\"x\"}", null), 401);
        assertProblem(api.send("PATCH", "/users/me/profile", "application/json", "{\"bio\":\"x\"}", null), 401);
        assertProblem(api.get("/users/me/profile"), 401);
    }

    @Test
    void massAssignedFieldsAreRefusedAndChangeNothing() {
        Account account = seededAccount();
        Account other = seededAccount();
        Map<String, Object> row = jdbc.queryForMap(
                "select id, user_id, version, updated_at from user_profiles where user_id = ?", account.id());
        Map<String, Object> otherBefore = storedProfile(other);
        String user = "select email, name, password_hash from users where id = ?";
        Map<String, Object> userBefore = jdbc.queryForMap(user, account.id());
        String intruder = "{\"id\":" + (((Number) row.get("id")).longValue() + 1) + ",\"user_id\":" + other.id()
                + ",\"version\":99,\"updated_at\":\"2000-01-01T00:00:00Z\",\"email\":\"x@example.com\","
                + "\"name\":\"Mallory\",\"token_version\":7,\"profile\":{\"bio\":\"x\"},\"userId\":" + other.id()
                + ",\"updatedAt\":\"2000-01-01T00:00:00Z\"}";

        for (Response response : List.of(api.putProfile(account, intruder), api.patchProfile(account, intruder))) {
            assertProblem(response, 422);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("id");
        }

        assertThat(jdbc.queryForMap(
                        "select id, user_id, version, updated_at from user_profiles where user_id = ?", account.id()))
                .isEqualTo(row);
        assertThat(jdbc.queryForMap(user, account.id())).isEqualTo(userBefore);
        assertThat(storedProfile(other)).isEqualTo(otherBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_profiles where user_id = ?", Integer.class, other.id()))
                .isEqualTo(1);
    }

    @Test
    void profileBodiesNeverCarryTheOwnersEmail() {
        Account account = api.newAccount();
        List<Response> responses = List.of(
                api.putProfile(account, SEEDED),
                api.patchProfile(account, "{\"bio\":\"patched\"}"),
                api.get("/users/me/profile", account.token()));
        for (Response response : responses) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContain(account.email()).doesNotContain("\"email\"");
        }
        JsonNode publicView = api.get("/users/" + account.id()).json();
        assertThat(publicView.has("email")).isFalse();
        assertThat(publicView.get("profile").has("email")).isFalse();
        assertThat(publicView.toString()).doesNotContain(account.email());
        JsonNode ownView = api.get("/users/" + account.id(), account.token()).json();
        assertThat(ownView.get("profile").has("email")).isFalse();
        Response invalid = api.putProfile(account, "{\"twitter\":\"" + account.email() + "\"}");
        assertProblem(invalid, 422);
        assertThat(invalid.body()).doesNotContain(account.email());
    }
}

@OnH2
class ProfileValidationApiOnH2Test extends ProfileValidationApiTests {}

@OnPostgres
class ProfileValidationApiOnPostgresTest extends ProfileValidationApiTests {}
