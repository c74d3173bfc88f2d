package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.blogplatform.accounts.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;

abstract class AuthenticationApiTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private Response form(String body) {
        return api.send("POST", "/auth/token", "application/x-www-form-urlencoded", body, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String withoutRequestId(Response response) {
        return response.body().replaceAll("\"request_id\":\"[^\"]+\"", "");
    }

    @Test
    void signingInWithJsonOrTheSwaggerFormGivesABearerToken() throws Exception {
        Account account = api.newAccount();
        Response json = api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password()));
        Response swagger = form("grant_type=password&username="
                + encode(account.email().toUpperCase()) + "&password=" + encode(account.password()) + "&scope=");

        for (Response response : new Response[] {json, swagger}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("token_type").asString()).isEqualTo("bearer");
            assertThat(response.json().get("expires_in").asLong()).isEqualTo(1800);
            assertThat(response.header("Cache-Control")).contains("no-store");
            var claims = SignedJWT.parse(response.json().get("access_token").asString())
                    .getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo(Long.toString(account.id()));
            assertThat(claims.getIssuer()).isEqualTo("accounts");
            assertThat(claims.getIssueTime()).isNotNull();
            assertThat(Duration.between(
                            claims.getIssueTime().toInstant(),
                            claims.getExpirationTime().toInstant()))
                    .isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        Account account = api.newAccount();
        Response wrongPassword =
                api.postJson("/auth/token", Map.of("email", account.email(), "password", "not the password"));
        Response unknownEmail = api.postJson(
                "/auth/token", Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever"));

        assertProblem(wrongPassword, 401);
        assertThat(withoutRequestId(unknownEmail)).isEqualTo(withoutRequestId(wrongPassword));
        assertThat(unknownEmail.status()).isEqualTo(wrongPassword.status());
        assertThat(unknownEmail.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    void incompleteOrMalformedSignInsAre4xxProblems() {
        Response missing = api.postJson("/auth/token", Map.of("email", "a@example.com"));
        assertProblem(missing, 422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertProblem(form("username=a%40example.com"), 422);
        assertProblem(api.send("POST", "/auth/token", "application/json", "{not json", null), 400);
    }

    @Test
    void protectedEndpointsRefuseEveryBadTokenWith401AndBearerChallenge() throws Exception {
        Account account = api.newAccount();
        String secret = ApiClient.TEST_SECRET;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("malformed", "not.a.token");
        tokens.put(
                "bad signature",
                Tokens.signed("another-secret-0123456789abcdef0123456789", account.id(), Duration.ofMinutes(5)));
        tokens.put(
                "alg none",
                new PlainJWT(
                                new PlainHeader(),
                                Tokens.claims(account.id(), Duration.ofMinutes(5))
                                        .build())
                        .serialize());
        tokens.put(
                "HS512",
                Tokens.sign(Tokens.claims(account.id(), Duration.ofMinutes(5)), JWSAlgorithm.HS512, secret + secret));
        tokens.put(
                "no exp",
                Tokens.sign(
                        Tokens.claims(account.id(), Duration.ofMinutes(5)).expirationTime(null),
                        JWSAlgorithm.HS256,
                        secret));
        tokens.put("expired", Tokens.signed(secret, account.id(), Duration.ofMinutes(-10)));
        tokens.put(
                "wrong issuer",
                Tokens.sign(
                        Tokens.claims(account.id(), Duration.ofMinutes(5)).issuer("elsewhere"),
                        JWSAlgorithm.HS256,
                        secret));
        tokens.put(
                "other version",
                Tokens.sign(
                        Tokens.claims(account.id(), Duration.ofMinutes(5)).claim("ver", 7),
                        JWSAlgorithm.HS256,
                        secret));
        tokens.put(
                "not a user id",
                Tokens.sign(
                        Tokens.claims(account.id(), Duration.ofMinutes(5)).subject("admin"),
                        JWSAlgorithm.HS256,
                        secret));
        tokens.put("unknown user", Tokens.signed(secret, 987_654_321L, Duration.ofMinutes(5)));
        tokens.put(
                "issued in the future",
                Tokens.sign(
                        Tokens.claims(account.id(), Duration.ofMinutes(5))
                                .notBeforeTime(Date.from(Instant.now().plusSeconds(600))),
                        JWSAlgorithm.HS256,
                        secret));

        assertThat(api.get("/users/me/profile", Tokens.signed(secret, account.id(), Duration.ofMinutes(5)))
                        .status())
                .as("a well-made token works")
                .isEqualTo(200);
        assertUnauthorized(api.get("/users/me/profile"));
        tokens.forEach((name, token) -> {
            Response response = api.send("PUT", "/users/me/profile", "application/json", "{\"bio\":\"x\"}", token);
            assertThat(response.status()).as(name).isEqualTo(401);
            assertUnauthorized(response);
        });
        assertThat(api.get("/users/" + account.id())
                        .json()
                        .get("profile")
                        .get("bio")
                        .isNull())
                .isTrue();
    }

    @Test
    void tokensAreReadFromTheAuthorizationHeaderOnly() {
        Account account = api.newAccount();
        assertUnauthorized(api.get("/users/me?access_token=" + account.token()));
        assertUnauthorized(api.send(
                "PUT",
                "/users/me/profile",
                "application/x-www-form-urlencoded",
                "access_token=" + account.token(),
                null));
    }

    @Test
    void aDeletedUsersTokenIsRefused() {
        Account account = api.newAccount();
        assertThat(api.send("DELETE", "/users/me", null, null, account.token()).status())
                .isEqualTo(204);
        assertUnauthorized(api.get("/users/me", account.token()));
    }

    @Test
    void newPasswordsAreHashedWithArgon2idAtOwaspParameters() {
        Account account = api.newAccount();
        String hash = jdbc.queryForObject("select password_hash from users where id = ?", String.class, account.id());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void bcryptHashesFromThePythonAppSignInAndAreUpgradedToArgon2id() {
        for (String prefix : new String[] {"$2b$", "$2y$", "$2a$"}) {
            String email = "legacy-" + UUID.randomUUID() + "@example.com";
            String password = "legacy password";
            String bcrypt = prefix + BCrypt.hashpw(password, BCrypt.gensalt(4)).substring(4);
            jdbc.update("insert into users (email, name, password_hash) values (?, 'Old', ?)", email, bcrypt);

            assertThat(api.token(email, password)).isNotBlank();

            String upgraded =
                    jdbc.queryForObject("select password_hash from users where email = ?", String.class, email);
            assertThat(upgraded).as(prefix).startsWith("$argon2id$");
            assertThat(api.token(email, password)).isNotBlank();
            assertThat(api.postJson("/auth/token", Map.of("email", email, "password", "not it"))
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void aLegacyBcryptPasswordLongerThan72BytesVerifiesAsPasslibDid() {
        String email = "long-legacy-" + UUID.randomUUID() + "@example.com";
        String password = "p".repeat(80);
        byte[] first72 = password.substring(0, 72).getBytes(StandardCharsets.UTF_8);
        jdbc.update(
                "insert into users (email, name, password_hash) values (?, 'Old', ?)",
                email,
                BCrypt.hashpw(first72, BCrypt.gensalt(4)).replaceFirst("^\\$2a\\$", "\\$2b\\$"));

        assertThat(api.token(email, password)).isNotBlank();
    }

    private static void assertUnauthorized(Response response) {
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}

@OnH2
class AuthenticationApiOnH2Test extends AuthenticationApiTests {}

@OnPostgres
class AuthenticationApiOnPostgresTest extends AuthenticationApiTests {}
