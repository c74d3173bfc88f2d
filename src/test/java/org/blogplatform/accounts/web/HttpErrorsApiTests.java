package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class HttpErrorsApiTests extends ApiTest {

    private Response register(String contentType, String body) {
        return api.send("POST", "/users/register", contentType, body, null);
    }

    private static void assertPlainProblem(Response response, int status) {
        assertProblem(response, status);
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.has("trace")).isFalse();
        assertThat(body.has("exception")).isFalse();
        assertThat(response.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.", "org.", "springframework", "jackson", "tomcat", "\tat ");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        for (String body : new String[] {"{\"email\":", "not json", "{'email':'a@b.c'}", "{\"email\":\"a\",}", ""}) {
            assertPlainProblem(register("application/json", body), 400);
        }
    }

    @Test
    void aJsonValueOtherThanAnObjectIs400() {
        for (String body : new String[] {
            "[{\"email\":\"a@example.com\",\"name\":\"A\",\"password\":\"long enough\"}]", "\"text\"", "42", "true"
        }) {
            assertPlainProblem(register("application/json", body), 400);
        }
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        assertPlainProblem(register("application/xml", "<user/>"), 415);
        assertPlainProblem(register("text/plain", "{}"), 415);
        assertPlainProblem(register("application/x-www-form-urlencoded", "email=a%40example.com"), 415);
        assertPlainProblem(register(null, "{}"), 415);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        String token = api.newAccount().token();
        Response delete = api.send("DELETE", "/users/1", null, null, token);
        assertPlainProblem(delete, 405);
        assertThat(delete.header("Allow")).contains("GET");
        Response get = api.get("/users/register");
        assertThat(get.status()).as(get.toString()).isBetween(400, 499);
        assertPlainProblem(api.send("PUT", "/users/register", "application/json", "{}", token), 405);
    }

    @Test
    void anUnknownPathIs404ToASignedInCaller() {
        String token = api.newAccount().token();
        for (String path : new String[] {"/nothing/here", "/users/1/posts", "/admin", "/users/register/extra"}) {
            assertPlainProblem(api.get(path, token), 404);
        }
        assertPlainProblem(api.send("POST", "/nothing", "application/json", "{}", token), 404);
    }

    /** Asserts a 422 whose errors are exactly the given field, message pairs. */
    private static void assertInvalid(Response response, String... fieldsAndMessages) {
        assertPlainProblem(response, 422);
        List<String> errors = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> errors.add(error.get("field").asString() + ": "
                        + error.get("message").asString()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            expected.add(fieldsAndMessages[i] + ": " + fieldsAndMessages[i + 1]);
        }
        assertThat(errors).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String registration(String field, String rawValue) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("email", "\"typed-" + UUID.randomUUID() + "@example.com\"");
        values.put("name", "\"A\"");
        values.put("password", "\"long enough\"");
        values.put(field, rawValue);
        StringBuilder body = new StringBuilder("{");
        values.forEach((name, value) -> body.append(body.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return body.append('}').toString();
    }

    @Test
    void objectsAndArraysWhereStringsBelongAre422NamingTheField() {
        for (String field : new String[] {"email", "name", "password"}) {
            for (String value : new String[] {"{}", "[\"A\"]", "{\"p\":1}"}) {
                assertInvalid(register("application/json", registration(field, value)), field, "must be a string");
            }
        }
    }

    @Test
    void numbersAndBooleansWhereStringsBelongAre422NotConvertedToText() {
        for (String value : new String[] {"123", "true", "1.5"}) {
            assertInvalid(register("application/json", registration("name", value)), "name", "must be a string");
        }
        assertInvalid(register("application/json", registration("name", "null")), "name", "is required");
    }

    @Test
    void unknownPropertiesAre422NamingThem() {
        Response response = register("application/json", registration("is_admin", "true"));
        assertInvalid(response, "is_admin", "is not a field of this request");
    }

    @Test
    void eachFieldGetsOnePlainMessagePerProblem() {
        assertInvalid(
                register("application/json", "{}"),
                "email",
                "is required",
                "name",
                "is required",
                "password",
                "is required");
        assertInvalid(register("application/json", registration("name", "\"\"")), "name", "must not be blank");
        assertInvalid(
                register("application/json", registration("name", "\"" + "é".repeat(101) + "\"")),
                "name",
                "must be at most 100 characters (got 101)");
        assertInvalid(
                register("application/json", registration("password", "\"short\"")),
                "password",
                "must be between 8 and 128 characters (got 5)");
    }

    @Test
    void aNonNumericUserIdIs422NamingId() {
        for (String id : new String[] {"abc", "99999999999999999999", "1.5"}) {
            assertInvalid(api.get("/users/" + id), "id", "must be a whole number");
        }
    }

    @Test
    void anUnacceptableAcceptHeaderIsAClientError() {
        Response response = api.send("GET", "/users/1", null, null, null, Map.of("Accept", "application/xml"));
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
    }
}

@OnH2
class HttpErrorsApiOnH2Test extends HttpErrorsApiTests {}

@OnPostgres
class HttpErrorsApiOnPostgresTest extends HttpErrorsApiTests {}
