package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.junit.jupiter.api.Test;

@OnH2
class HttpErrorsApiTest extends ApiTest {

    @Test
    void bodiesThatAreNotJsonAre400() {
        assertProblem(api.send("POST", "/users/register", "application/json", "{\"email\":", null), 400);
        assertProblem(api.send("POST", "/users/register", "application/json", "[1,2]", null), 400);
        assertProblem(api.send("POST", "/users/register", "application/json", "{\"email\":{}}", null), 400);
    }

    @Test
    void unsupportedContentTypeIs415() {
        Response response = api.send("POST", "/users/register", "application/xml", "<user/>", null);
        assertProblem(response, 415);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Response response = api.send("DELETE", "/users/1", null, null, null);
        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(api.get("/nothing/here"), 404);
        assertProblem(api.get("/users/not-a-number"), 400);
    }

    @Test
    void problemsNeverCarryFrameworkWords() {
        for (Response response : new Response[] {
            api.send("POST", "/users/register", "application/json", "{\"email\":", null),
            api.send("POST", "/users/register", "text/plain", "x", null),
            api.get("/users/99999999999999999999"),
            api.get("/users?limit=abc")
        }) {
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.body())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("org.", "java.", "Failed to", "static resource", "Content-Type '");
        }
    }
}
