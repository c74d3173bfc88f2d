package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Deny by default: only the routes listed in PublicRoutes answer without a token. */
abstract class PublicRoutesApiTests extends ApiTest {

    /** Method and pattern of every endpoint that anyone may call; a change here is a change of the contract. */
    private static final Set<String> PUBLIC = Set.of(
            "POST /users/register",
            "POST /auth/token",
            "GET /users",
            "GET /users/{id}",
            "GET /openapi.json",
            "GET /openapi.json/swagger-config",
            "GET /docs",
            "POST /auth/password-reset",
            "POST /auth/password-reset/confirm",
            "POST /auth/verify-email");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointOutsideThePublicListAsksForABearerToken() {
        List<String> checked = new ArrayList<>();
        for (var handler : mappings.getHandlerMethods().entrySet()) {
            if (handler.getValue().getBeanType().getPackageName().endsWith(".pages")) {
                continue; // pages for people have their own chain, signed in by cookie: see PagesHttpApiTests
            }
            RequestMappingInfo info = handler.getKey();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String route = method + " " + pattern;
                    if (PUBLIC.contains(route)) {
                        continue;
                    }
                    Response response = api.send(method.name(), pattern.replace("{id}", "1"), null, null, null);
                    assertThat(response.status()).as(route + " " + response).isEqualTo(401);
                    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
                    checked.add(route);
                }
            }
        }
        assertThat(checked).contains("GET /users/me", "PUT /users/me/password", "PATCH /users/me/profile");
    }

    @Test
    void aRouteNobodyListedIsClosedToAnonymousCallersAndMissingOnlyForSignedInOnes() {
        String token = api.newAccount().token();
        for (String path : new String[] {"/admin", "/users/1/posts", "/nothing/here"}) {
            assertProblem(api.get(path), 401);
            assertProblem(api.get(path, token), 404);
        }
        assertProblem(api.send("DELETE", "/users/1", null, null, null), 401);
        assertProblem(api.send("POST", "/users/1", "application/json", "{}", null), 401);
    }

    @Test
    void theAccountsOwnRoutesCannotBeReachedThroughThePublicUserRead() {
        assertProblem(api.get("/users/%6De"), 401);
        assertProblem(api.get("/users/%6De/profile"), 401);
    }

    @Test
    void thePublicUserReadsStillRecogniseABearerTokenAndRefuseABadOne() {
        Account self = api.newAccount();
        Account other = api.newAccount();

        assertThat(api.get("/users/" + self.id(), self.token())
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(self.email());
        assertThat(api.get("/users/" + other.id(), self.token()).json().has("email"))
                .isFalse();
        assertThat(api.get("/users/" + self.id()).json().has("email")).isFalse();
        assertThat(api.get("/users?limit=1", self.token()).status()).isEqualTo(200);
        for (String path : new String[] {"/users/" + self.id(), "/users?limit=1"}) {
            assertProblem(api.get(path, "not-a-token"), 401);
            assertProblem(api.get(path, other.token() + "x"), 401);
        }
    }

    @Test
    void thePublicRoutesAnswerWithoutAToken() {
        long id = api.newAccount().id();
        assertThat(api.get("/users/" + id).status()).isEqualTo(200);
        assertThat(api.get("/users?limit=1").status()).isEqualTo(200);
        assertThat(api.get("/openapi.json").status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api.get("/docs").status()).isEqualTo(302);
        assertThat(api.get("/livez").status()).isEqualTo(200);
        assertThat(api.get("/readyz").status()).isEqualTo(200);
        assertThat(api.postJson("/auth/password-reset", Map.of("email", "anyone@example.com"))
                        .status())
                .isEqualTo(202);
        assertProblem(api.postJson("/auth/verify-email", Map.of("token", "x".repeat(43))), 400);
        assertProblem(
                api.postJson(
                        "/auth/password-reset/confirm",
                        Map.of("token", "x".repeat(43), "new_password", "long enough pw")),
                400);
    }
}

@OnH2
class PublicRoutesApiOnH2Test extends PublicRoutesApiTests {}

@OnPostgres
class PublicRoutesApiOnPostgresTest extends PublicRoutesApiTests {}
