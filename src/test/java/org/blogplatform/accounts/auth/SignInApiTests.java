package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class SignInApiTests extends ApiTest {

    private Response signInWithJson(String email, String password) {
        return api.postJson("/auth/token", Map.of("email", email, "password", password));
    }

    private Response signInWithForm(String body) {
        return api.send("POST", "/auth/token", "application/x-www-form-urlencoded", body, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String withoutRequestId(Response response) {
        return response.body().replaceAll("\"request_id\":\"[^\"]*\",?", "");
    }

    private static List<String> fieldsNamed(Response response) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }

    /** Asserts the token answer and returns the token's claims, checked against the test signing secret. */
    private JWTClaimsSet assertBearerToken(Response response, long userId) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = response.json();
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        assertThat(body.get("refresh_token").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.get("refresh_expires_in").asLong())
                .isEqualTo(Duration.ofDays(30).toSeconds());

        String token = body.get("access_token").asString();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(ApiClient.TEST_SECRET.getBytes(StandardCharsets.UTF_8))))
                .as("signed with the configured secret")
                .isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(Long.toString(userId));
        assertThat(claims.getIssuer()).isEqualTo("accounts");
        assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(900));
        assertThat(api.get("/users/me/profile", token).status())
                .as("the token opens the caller's own resources")
                .isEqualTo(200);
        return claims;
    }

    @Test
    void signingInWithJsonGivesAnUncachedBearerTokenOfTheUser() throws Exception {
        Account account = api.newAccount();

        JWTClaimsSet claims = assertBearerToken(signInWithJson(account.email(), account.password()), account.id());

        assertThat(UUID.fromString(claims.getStringClaim("sid"))).isNotNull();
    }

    @Test
    void swaggerUisPasswordFormSignsInWithOrWithoutGrantType() throws Exception {
        Account account = api.newAccount();
        String credentials = "username=" + encode(account.email()) + "&password=" + encode(account.password());

        assertBearerToken(signInWithForm(credentials), account.id());
        assertBearerToken(
                signInWithForm("grant_type=password&" + credentials + "&scope=&client_id=&client_secret="),
                account.id());
    }

    @Test
    void emailIsMatchedCaseInsensitively() throws Exception {
        String email = "Mixed.Case-" + UUID.randomUUID() + "@Example.COM";
        Response registered =
                api.postJson("/users/register", Map.of("email", email, "name", "Ada", "password", ApiClient.PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = registered.json().get("id").asLong();

        assertBearerToken(signInWithJson(email.toLowerCase(), ApiClient.PASSWORD), id);
        assertBearerToken(signInWithJson(email.toUpperCase(), ApiClient.PASSWORD), id);
        assertBearerToken(
                signInWithForm("username=" + encode(email.toUpperCase()) + "&password=" + encode(ApiClient.PASSWORD)),
                id);
    }

    @Test
    void thePasswordIsMatchedExactly() {
        Account account = api.newAccount();

        for (String almost :
                List.of(account.password().toUpperCase(), account.password() + " ", " " + account.password(), "")) {
            assertProblem(signInWithJson(account.email(), almost), 401);
        }
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        Account account = api.newAccount();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        Response wrongPassword = signInWithJson(account.email(), "not the password");
        Response unknownEmail = signInWithJson(unknown, "not the password");
        Response wrongPasswordByForm =
                signInWithForm("username=" + encode(account.email()) + "&password=not+the+password");
        Response unknownEmailByForm = signInWithForm("username=" + encode(unknown) + "&password=not+the+password");

        assertProblem(wrongPassword, 401);
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Bearer");
        for (Response same : List.of(unknownEmail, wrongPasswordByForm, unknownEmailByForm)) {
            assertThat(same.status()).isEqualTo(wrongPassword.status());
            assertThat(withoutRequestId(same)).isEqualTo(withoutRequestId(wrongPassword));
            assertThat(same.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
            assertThat(same.header("Content-Type")).isEqualTo(wrongPassword.header("Content-Type"));
        }
        assertThat(wrongPassword.body()).doesNotContain(account.email(), "not the password");
    }

    @Test
    void missingFieldsAre422ProblemsNamingTheField() {
        Response noPassword = api.postJson("/auth/token", Map.of("email", "a@example.com"));
        assertProblem(noPassword, 422);
        assertThat(fieldsNamed(noPassword)).containsExactly("password");

        Response noEmail = api.postJson("/auth/token", Map.of("password", "whatever"));
        assertProblem(noEmail, 422);
        assertThat(fieldsNamed(noEmail)).containsExactly("email");

        Response nothing = api.postJson("/auth/token", Map.of());
        assertProblem(nothing, 422);
        assertThat(fieldsNamed(nothing)).containsExactlyInAnyOrder("email", "password");

        Response noFormPassword = signInWithForm("grant_type=password&username=a%40example.com");
        assertProblem(noFormPassword, 422);
        assertThat(fieldsNamed(noFormPassword)).containsExactly("password");

        Response noFormUsername = signInWithForm("grant_type=password&password=whatever");
        assertProblem(noFormUsername, 422);
        assertThat(fieldsNamed(noFormUsername)).containsExactly("username");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        for (String body : List.of("{not json", "email=a%40example.com&password=x", "", "[]", "\"text\"")) {
            assertProblem(api.send("POST", "/auth/token", "application/json", body, null), 400);
        }
    }

    @Test
    void signingInWithAnArgon2HashTakesTwoStatementsAndAWrongPasswordOne() {
        Account account = api.newAccount();

        statements.reset();
        assertThat(signInWithJson(account.email(), account.password()).status()).isEqualTo(200);
        assertThat(statements.count())
                .as("the credentials read, the session insert")
                .isEqualTo(2);

        statements.reset();
        assertThat(signInWithJson(account.email(), "wrong").status()).isEqualTo(401);
        assertThat(statements.count()).isEqualTo(1);
    }
}

@OnH2
class SignInApiOnH2Test extends SignInApiTests {}

@OnPostgres
class SignInApiOnPostgresTest extends SignInApiTests {}
