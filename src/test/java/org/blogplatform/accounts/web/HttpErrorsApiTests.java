package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void objectsAndArraysWhereStringsBelongAre400() {
        for (String body : new String[] {
            "{\"email\":{},\"name\":\"A\",\"password\":\"long enough\"}",
            "{\"email\":\"x@example.com\",\"name\":[\"A\"],\"password\":\"long enough\"}",
            "{\"email\":\"x@example.com\",\"name\":\"A\",\"password\":{\"p\":1}}"
        }) {
            assertPlainProblem(register("application/json", body), 400);
        }
    }

    @Test
    void scalarsWhereStringsBelongAreNeverAServerError() {
        for (String value : new String[] {"123", "true", "1.5", "null"}) {
            String body = "{\"email\":\"scalar-" + System.nanoTime() + "@example.com\",\"name\":" + value
                    + ",\"password\":\"long enough\"}";
            Response response = register("application/json", body);
            assertThat(response.status()).as(value + " " + response).isIn(201, 400, 422);
            if (response.status() == 201) {
                assertThat(response.json().get("name").asString()).isEqualTo(value);
            } else {
                assertPlainProblem(response, response.status());
            }
        }
    }

    @Test
    void aNumericNameIsCoercedToItsText() {
        String email = "coerced-" + System.nanoTime() + "@example.com";
        Response response =
                register("application/json", "{\"email\":\"" + email + "\",\"name\":123,\"password\":\"long enough\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("name").asString()).isEqualTo("123");
    }

    @Test
    void unknownPropertiesAreIgnored() {
        String email = "extra-" + System.nanoTime() + "@example.com";
        Response response = register(
                "application/json",
                "{\"email\":\"" + email + "\",\"name\":\"A\",\"password\":\"long enough\",\"is_admin\":true}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().has("is_admin")).isFalse();
    }

    @Test
    void aNonNumericUserIdIs400() {
        assertPlainProblem(api.get("/users/abc"), 400);
        assertPlainProblem(api.get("/users/99999999999999999999"), 400);
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
