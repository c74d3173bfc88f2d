package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.blogplatform.accounts.support.Tokens;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

abstract class BearerTokenApiTests extends ApiTest {

    private static final String SECRET = ApiClient.TEST_SECRET;
    private static final String PROFILE = "/users/me/profile";

    @Autowired
    DataSource dataSource;

    /** A user written straight to the table: forged tokens need an id, not a password (no hashing cost). */
    private long insertUser() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String email = "bearer-" + UUID.randomUUID() + "@example.com";
        jdbc.update("insert into users (email, name, password_hash) values (?, 'Mallory', 'unused')", email);
        return jdbc.queryForObject("select id from users where email = ?", Long.class, email);
    }

    private boolean bioWritten(long userId) {
        Integer written = new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) from user_profiles where user_id = ? and bio is not null",
                        Integer.class,
                        userId);
        return written > 0;
    }

    private static JWTClaimsSet.Builder valid(long userId) {
        return Tokens.claims(userId, Duration.ofMinutes(5));
    }

    /** Signs with any HMAC algorithm and the service's own secret, bypassing Nimbus' key length checks. */
    private static String hmacSigned(JWSAlgorithm algorithm, String jcaName, JWTClaimsSet claims) {
        try {
            String signingInput = new JWSHeader(algorithm).toBase64URL() + "."
                    + claims.toPayload().toBase64URL();
            Mac mac = Mac.getInstance(jcaName);
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), jcaName));
            return signingInput + "." + Base64URL.encode(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rsaSigned(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Named<LongFunction<String>> token(String name, LongFunction<String> token) {
        return Named.of(name, token);
    }

    static Stream<Named<LongFunction<String>>> hostileTokens() {
        Instant now = Instant.now();
        return Stream.of(
                token("a malformed token", id -> "not.a.token"),
                token("a token of one part", id -> "garbage"),
                token("a token with characters a token cannot have", id -> "a$b.c%d.e f"),
                token(
                        "a token signed with another key",
                        id -> Tokens.signed("another-secret-0123456789abcdef0123456789", id, Duration.ofMinutes(5))),
                token("a token whose claims were changed after signing", id -> {
                    String[] genuine =
                            Tokens.signed(SECRET, id, Duration.ofMinutes(5)).split("\\.");
                    String forged = valid(id)
                            .expirationTime(Date.from(now.plus(Duration.ofDays(365))))
                            .build()
                            .toPayload()
                            .toBase64URL()
                            .toString();
                    return genuine[0] + "." + forged + "." + genuine[2];
                }),
                token(
                        "an unsigned token (alg none)",
                        id -> new PlainJWT(new PlainHeader(), valid(id).build()).serialize()),
                token(
                        "a token signed with HS384",
                        id -> hmacSigned(
                                JWSAlgorithm.HS384, "HmacSHA384", valid(id).build())),
                token(
                        "a token signed with HS512",
                        id -> hmacSigned(
                                JWSAlgorithm.HS512, "HmacSHA512", valid(id).build())),
                token("a token signed with RS256", id -> rsaSigned(valid(id).build())),
                token(
                        "a token without exp",
                        id -> Tokens.sign(valid(id).expirationTime(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token that expired 30 seconds ago",
                        id -> Tokens.sign(
                                valid(id)
                                        .issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
                                        .expirationTime(Date.from(now.minusSeconds(30))),
                                JWSAlgorithm.HS256,
                                SECRET)),
                token("a token that expired a day ago", id -> Tokens.signed(SECRET, id, Duration.ofDays(-1))),
                token(
                        "a token not valid before a minute from now",
                        id -> Tokens.sign(
                                valid(id).notBeforeTime(Date.from(now.plusSeconds(60))), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of another issuer",
                        id -> Tokens.sign(valid(id).issuer("elsewhere"), JWSAlgorithm.HS256, SECRET)),
                token("a token without issuer", id -> Tokens.sign(valid(id).issuer(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of another token version",
                        id -> Tokens.sign(valid(id).claim("ver", 1), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token without token version",
                        id -> Tokens.sign(valid(id).claim("ver", null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token whose subject is not a user id",
                        id -> Tokens.sign(valid(id).subject("admin"), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token without subject",
                        id -> Tokens.sign(valid(id).subject(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of a user who never existed",
                        id -> Tokens.signed(SECRET, id + 1_000_000, Duration.ofMinutes(5))));
    }

    private static void assertUnauthorized(Response response) {
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private Response putBio(String token, String bio) {
        return api.send("PUT", PROFILE, "application/json", ApiClient.json(Map.of("bio", bio)), token);
    }

    @Test
    void wellMadeTokensAreAcceptedSoTheRefusalsBelowMeanSomething() {
        long id = insertUser();

        assertThat(api.get(PROFILE, Tokens.signed(SECRET, id, Duration.ofMinutes(5)))
                        .status())
                .isEqualTo(200);
        assertThat(api.get(
                                PROFILE,
                                hmacSigned(
                                        JWSAlgorithm.HS256,
                                        "HmacSHA256",
                                        valid(id).build()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void withoutATokenProtectedEndpointsAnswer401WithABearerChallenge() {
        assertUnauthorized(api.get(PROFILE));
        assertUnauthorized(api.send("PUT", PROFILE, "application/json", "{\"bio\":\"x\"}", null));
        assertUnauthorized(api.get("/users/me"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("hostileTokens")
    void hostileTokensAreRefusedWith401AndABearerChallenge(LongFunction<String> hostile) {
        long id = insertUser();
        String token = hostile.apply(id);

        assertUnauthorized(api.get(PROFILE, token));
        assertUnauthorized(putBio(token, "written with a hostile token"));
        assertThat(bioWritten(id)).as("nothing was written").isFalse();
    }

    @Test
    void aDeletedUsersTokenIsRefused() {
        Account account = api.newAccount();
        assertThat(api.get(PROFILE, account.token()).status()).isEqualTo(200);

        assertThat(api.send("DELETE", "/users/me", null, null, account.token()).status())
                .isEqualTo(204);

        assertUnauthorized(api.get(PROFILE, account.token()));
        assertUnauthorized(putBio(account.token(), "back from the dead"));
    }

    @Test
    void tokensIssuedBeforeAPasswordChangeAreRefused() throws Exception {
        Account account = api.newAccount();
        String newPassword = "a brand new passphrase";

        Response changed = api.changePassword(account.token(), account.password(), newPassword);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertUnauthorized(api.get(PROFILE, account.token()));
        assertUnauthorized(putBio(account.token(), "with a revoked token"));
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
        String fresh = api.token(account.email(), newPassword);
        assertThat(SignedJWT.parse(fresh).getJWTClaimsSet().getClaim("ver"))
                .isNotEqualTo(SignedJWT.parse(account.token()).getJWTClaimsSet().getClaim("ver"));
        assertThat(api.get(PROFILE, fresh).status()).isEqualTo(200);
    }

    @Test
    void tokensAreReadFromTheAuthorizationHeaderOnly() {
        Account account = api.newAccount();

        assertUnauthorized(api.get(PROFILE + "?access_token=" + account.token()));
        assertUnauthorized(api.send(
                "PUT",
                PROFILE + "?access_token=" + account.token(),
                "application/json",
                "{\"bio\":\"from the query\"}",
                null));
        assertUnauthorized(
                api.send("PUT", PROFILE, "application/x-www-form-urlencoded", "access_token=" + account.token(), null));
        assertUnauthorized(api.send(
                "POST", "/users/me", "application/x-www-form-urlencoded", "access_token=" + account.token(), null));
        assertThat(bioWritten(account.id())).isFalse();
    }
}

@OnH2
class BearerTokenApiOnH2Test extends BearerTokenApiTests {}

@OnPostgres
class BearerTokenApiOnPostgresTest extends BearerTokenApiTests {}
