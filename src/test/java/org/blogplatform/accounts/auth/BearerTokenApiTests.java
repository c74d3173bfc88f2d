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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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

    /** What a forged token may name: a user, their live session, and a live session of another user. */
    record Forged(long id, UUID sid, UUID othersSid) {}

    /** Users and sessions written straight to the tables: forged tokens need ids, not passwords. */
    private Forged insertUser() {
        long id = insertUserRow();
        return new Forged(id, insertSession(id), insertSession(insertUserRow()));
    }

    private long insertUserRow() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String email = "bearer-" + UUID.randomUUID() + "@example.com";
        jdbc.update("insert into users (email, name, password_hash) values (?, 'Mallory', 'unused')", email);
        return jdbc.queryForObject("select id from users where email = ?", Long.class, email);
    }

    private UUID insertSession(long userId) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        new JdbcTemplate(dataSource)
                .update(
                        "insert into sessions (id, user_id, refresh_hash, created_at, last_used_at, idle_expires_at,"
                                + " absolute_expires_at) values (?, ?, ?, ?, ?, ?, ?)",
                        id,
                        userId,
                        id.toString(),
                        now,
                        now,
                        now.plusDays(1),
                        now.plusDays(1));
        return id;
    }

    private boolean bioWritten(long userId) {
        Integer written = new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) from user_profiles where user_id = ? and bio is not null",
                        Integer.class,
                        userId);
        return written > 0;
    }

    private static JWTClaimsSet.Builder valid(Forged forged) {
        return Tokens.claims(forged.id(), forged.sid(), Duration.ofMinutes(5));
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

    private static Named<Function<Forged, String>> token(String name, Function<Forged, String> token) {
        return Named.of(name, token);
    }

    static Stream<Named<Function<Forged, String>>> hostileTokens() {
        Instant now = Instant.now();
        return Stream.of(
                token("a malformed token", s -> "not.a.token"),
                token("a token of one part", s -> "garbage"),
                token("a token with characters a token cannot have", s -> "a$b.c%d.e f"),
                token(
                        "a token signed with another key",
                        s -> Tokens.signed(
                                "another-secret-0123456789abcdef0123456789", s.id(), s.sid(), Duration.ofMinutes(5))),
                token("a token whose claims were changed after signing", s -> {
                    String[] genuine = Tokens.signed(SECRET, s.id(), s.sid(), Duration.ofMinutes(5))
                            .split("\\.");
                    String forged = valid(s).expirationTime(Date.from(now.plus(Duration.ofDays(365))))
                            .build()
                            .toPayload()
                            .toBase64URL()
                            .toString();
                    return genuine[0] + "." + forged + "." + genuine[2];
                }),
                token("an unsigned token (alg none)", s -> new PlainJWT(new PlainHeader(), valid(s).build())
                        .serialize()),
                token("a token signed with HS384", s -> hmacSigned(JWSAlgorithm.HS384, "HmacSHA384", valid(s).build())),
                token("a token signed with HS512", s -> hmacSigned(JWSAlgorithm.HS512, "HmacSHA512", valid(s).build())),
                token("a token signed with RS256", s -> rsaSigned(valid(s).build())),
                token(
                        "a token without exp",
                        s -> Tokens.sign(valid(s).expirationTime(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token that expired 30 seconds ago",
                        s -> Tokens.sign(
                                valid(s).issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
                                        .expirationTime(Date.from(now.minusSeconds(30))),
                                JWSAlgorithm.HS256,
                                SECRET)),
                token(
                        "a token that expired a day ago",
                        s -> Tokens.signed(SECRET, s.id(), s.sid(), Duration.ofDays(-1))),
                token(
                        "a token not valid before a minute from now",
                        s -> Tokens.sign(
                                valid(s).notBeforeTime(Date.from(now.plusSeconds(60))), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of another issuer",
                        s -> Tokens.sign(valid(s).issuer("elsewhere"), JWSAlgorithm.HS256, SECRET)),
                token("a token without issuer", s -> Tokens.sign(valid(s).issuer(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of a session that does not exist",
                        s -> Tokens.signed(SECRET, s.id(), UUID.randomUUID(), Duration.ofMinutes(5))),
                token(
                        "a token without session",
                        s -> Tokens.sign(valid(s).claim("sid", null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token whose session is not a session id",
                        s -> Tokens.sign(valid(s).claim("sid", "1 or 1=1"), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of another user's session",
                        s -> Tokens.signed(SECRET, s.id(), s.othersSid(), Duration.ofMinutes(5))),
                token(
                        "a token whose subject is not a user id",
                        s -> Tokens.sign(valid(s).subject("admin"), JWSAlgorithm.HS256, SECRET)),
                token("a token without subject", s -> Tokens.sign(valid(s).subject(null), JWSAlgorithm.HS256, SECRET)),
                token(
                        "a token of a user who never existed",
                        s -> Tokens.signed(SECRET, s.id() + 1_000_000, s.sid(), Duration.ofMinutes(5))));
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
        Forged id = insertUser();

        assertThat(api.get(PROFILE, Tokens.signed(SECRET, id.id(), id.sid(), Duration.ofMinutes(5)))
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
    void hostileTokensAreRefusedWith401AndABearerChallenge(Function<Forged, String> hostile) {
        Forged forged = insertUser();
        String token = hostile.apply(forged);

        assertUnauthorized(api.get(PROFILE, token));
        assertUnauthorized(putBio(token, "written with a hostile token"));
        assertThat(bioWritten(forged.id())).as("nothing was written").isFalse();
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
    void tokensOfOtherSessionsAreRefusedAfterAPasswordChange() throws Exception {
        Account account = api.newAccount();
        String otherSession = api.token(account.email(), account.password());
        String newPassword = "a brand new passphrase";

        Response changed = api.changePassword(account.token(), account.password(), newPassword);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertUnauthorized(api.get(PROFILE, otherSession));
        assertUnauthorized(putBio(otherSession, "with a revoked token"));
        assertThat(api.get(PROFILE, account.token()).status()).isEqualTo(200);
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
        String fresh = api.token(account.email(), newPassword);
        assertThat(SignedJWT.parse(fresh).getJWTClaimsSet().getStringClaim("sid"))
                .isNotEqualTo(SignedJWT.parse(account.token()).getJWTClaimsSet().getStringClaim("sid"));
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
