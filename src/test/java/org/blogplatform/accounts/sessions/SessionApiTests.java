package org.blogplatform.accounts.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiClient.SignedIn;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.MovableClock;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

abstract class SessionApiTests extends ApiTest {

    private static final String ME = "/users/me";
    private static final String SESSIONS = "/users/me/sessions";

    @Autowired
    DataSource dataSource;

    @Autowired
    MovableClock clock;

    @Autowired
    SessionPurge purge;

    @Autowired
    SessionStore store;

    @Autowired
    SessionService sessions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    private static String sid(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
    }

    private static SignedIn rotated(Response refreshed) {
        return SignedIn.from(refreshed);
    }

    private static void assertInvalidGrant(Response response) {
        assertProblem(response, 400);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    private void assertSignedOut(SignedIn session) {
        assertProblem(api.get(ME, session.accessToken()), 401);
        assertInvalidGrant(api.refresh(session.refreshToken()));
    }

    private SignedIn signIn(Account account) {
        return api.signIn(account.email(), account.password());
    }

    private SignedIn signInAs(Account account, String userAgent) {
        Response response = api.send(
                "POST",
                "/auth/token",
                "application/json",
                "{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password() + "\"}",
                null,
                Map.of("User-Agent", userAgent));
        return SignedIn.from(response);
    }

    @Test
    void onlyTheHashOfARefreshTokenIsStored() {
        Account account = api.newAccount();

        List<String> stored =
                jdbc().queryForList("select refresh_hash from sessions where user_id = ?", String.class, account.id());

        assertThat(stored).containsExactly(RefreshTokens.hash(account.refreshToken()));
        assertThat(stored.get(0)).doesNotContain(account.refreshToken());
    }

    @Test
    void refreshingRotatesTheRefreshTokenWithinTheSameSession() throws Exception {
        Account account = api.newAccount();

        Response refreshed = api.refresh(account.refreshToken());

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.header("Cache-Control")).contains("no-store");
        assertThat(refreshed.json().get("expires_in").asLong()).isEqualTo(900);
        assertThat(refreshed.json().get("refresh_expires_in").asLong())
                .isEqualTo(Duration.ofDays(30).toSeconds());
        SignedIn next = rotated(refreshed);
        assertThat(next.refreshToken()).isNotEqualTo(account.refreshToken());
        assertThat(sid(next.accessToken())).isEqualTo(sid(account.token()));
        assertThat(api.get(ME, next.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(ME, account.token()).status())
                .as("earlier access tokens of the session live on until they expire")
                .isEqualTo(200);
    }

    @Test
    void theFormOfTheRefreshGrantRotatesToo() {
        Account account = api.newAccount();

        Response refreshed = api.send(
                "POST",
                "/auth/token",
                "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + account.refreshToken(),
                null);

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(rotated(refreshed).refreshToken()).isNotEqualTo(account.refreshToken());
    }

    @Test
    void presentingASpentRefreshTokenRevokesTheWholeSession() {
        Account account = api.newAccount();
        SignedIn owner = rotated(api.refresh(account.refreshToken()));
        SignedIn elsewhere = signIn(account);

        assertInvalidGrant(api.refresh(account.refreshToken()));

        assertSignedOut(owner);
        assertProblem(api.get(ME, account.token()), 401);
        assertThat(api.get(ME, elsewhere.accessToken()).status())
                .as("the user's other sessions are not touched")
                .isEqualTo(200);
    }

    @Test
    void aRefreshTokenSpentSeveralRotationsAgoStillRevokesTheSession() {
        Account account = api.newAccount();
        SignedIn second = rotated(api.refresh(account.refreshToken()));
        SignedIn third = rotated(api.refresh(second.refreshToken()));

        assertInvalidGrant(api.refresh(account.refreshToken()));

        assertSignedOut(third);
    }

    @Test
    void anUnknownOrMalformedRefreshTokenIsAnInvalidGrant() {
        Account account = api.newAccount();

        assertInvalidGrant(api.refresh("A".repeat(43)));
        assertInvalidGrant(api.refresh("not even base64 ✓"));

        assertThat(api.refresh(account.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void aMissingRefreshTokenIs422AndAnUnknownGrantTypeIs400() {
        Response json = api.postJson("/auth/token", Map.of("grant_type", "refresh_token"));
        assertProblem(json, 422);
        assertThat(json.json().get("errors").get(0).get("field").asString()).isEqualTo("refresh_token");

        Response form =
                api.send("POST", "/auth/token", "application/x-www-form-urlencoded", "grant_type=refresh_token", null);
        assertProblem(form, 422);
        assertThat(form.json().get("errors").get(0).get("field").asString()).isEqualTo("refresh_token");

        Response other = api.send(
                "POST", "/auth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials", null);
        assertProblem(other, 400);
        assertThat(other.json().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void ofConcurrentRefreshesWithOneTokenExactlyOneSucceeds() throws Exception {
        Account account = api.newAccount();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> api.refresh(account.refreshToken()));
        }

        List<Response> answers = Concurrently.all(calls);

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        answers.stream().filter(r -> r.status() != 200).forEach(SessionApiTests::assertInvalidGrant);
        // the losers presented a token spent by the winner: the session ends, as for any reuse
        SignedIn winner = rotated(
                answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow());
        assertSignedOut(winner);
    }

    @Test
    void theSessionListShowsWhereTheUserIsSignedInAndWhichIsTheCaller() throws Exception {
        Account account = api.newAccount();
        SignedIn phone = signInAs(account, "Phone/1.0");
        SignedIn laptop = signInAs(account, "Laptop/2.0");

        Response list = api.get(SESSIONS, laptop.accessToken());

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(3);
        var current = new ArrayList<String>();
        for (var session : list.json()) {
            assertThat(session.get("created_at").asString()).isNotBlank();
            assertThat(session.get("last_used_at").asString()).isNotBlank();
            assertThat(session.get("client_address").asString()).isEqualTo("127.0.0.1");
            if (session.get("current").asBoolean()) {
                current.add(session.get("id").asString());
                assertThat(session.get("user_agent").asString()).isEqualTo("Laptop/2.0");
            }
        }
        assertThat(current).containsExactly(sid(laptop.accessToken()));
        assertThat(list.body())
                .contains("Phone/1.0")
                .doesNotContain(phone.refreshToken(), laptop.refreshToken(), account.refreshToken())
                .doesNotContain(RefreshTokens.hash(phone.refreshToken()));
    }

    @Test
    void aLongUserAgentIsCutTo255Characters() {
        Account account = api.newAccount();
        String agent = "Agent/" + "x".repeat(300);

        SignedIn session = signInAs(account, agent);

        Response list = api.get(SESSIONS, session.accessToken());
        assertThat(list.status()).isEqualTo(200);
        for (var item : list.json()) {
            if (item.get("current").asBoolean()) {
                assertThat(item.get("user_agent").asString()).isEqualTo(agent.substring(0, 255));
            }
        }
    }

    @Test
    void signingOutOneSessionStopsItsTokensAtOnce() throws Exception {
        Account account = api.newAccount();
        SignedIn other = signIn(account);

        Response deleted = api.send("DELETE", SESSIONS + "/" + sid(other.accessToken()), null, null, account.token());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertSignedOut(other);
        assertThat(api.get(ME, account.token()).status()).isEqualTo(200);
        assertProblem(api.send("DELETE", SESSIONS + "/" + sid(other.accessToken()), null, null, account.token()), 404);
    }

    @Test
    void anotherUsersSessionOrAnUnknownOneIsNotFound() throws Exception {
        Account account = api.newAccount();
        Account stranger = api.newAccount();

        Response theirs = api.send("DELETE", SESSIONS + "/" + sid(stranger.token()), null, null, account.token());
        Response unknown = api.send("DELETE", SESSIONS + "/" + UUID.randomUUID(), null, null, account.token());

        assertProblem(theirs, 404);
        assertThat(theirs.json().get("detail").asString()).isEqualTo("Session not found");
        assertProblem(unknown, 404);
        assertThat(api.get(ME, stranger.token()).status()).isEqualTo(200);
    }

    @Test
    void signingOutEveryOtherSessionKeepsTheCallers() {
        Account account = api.newAccount();
        SignedIn first = signIn(account);
        SignedIn second = signIn(account);
        Account stranger = api.newAccount();

        assertThat(api.send("DELETE", SESSIONS, null, null, account.token()).status())
                .isEqualTo(204);

        assertSignedOut(first);
        assertSignedOut(second);
        assertThat(api.get(ME, account.token()).status()).isEqualTo(200);
        assertThat(api.refresh(account.refreshToken()).status()).isEqualTo(200);
        assertThat(api.get(ME, stranger.token()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheCallersSession() {
        Account account = api.newAccount();
        SignedIn other = signIn(account);

        assertThat(api.send("POST", "/auth/logout", null, null, account.token()).status())
                .isEqualTo(204);

        assertSignedOut(new SignedIn(account.token(), account.refreshToken()));
        assertThat(api.get(ME, other.accessToken()).status()).isEqualTo(200);
        assertProblem(api.send("POST", "/auth/logout", null, null, null), 401);
    }

    @Test
    void deletingTheAccountEndsAndRemovesEverySession() {
        Account account = api.newAccount();
        SignedIn other = signIn(account);

        assertThat(api.send("DELETE", ME, null, null, account.token()).status()).isEqualTo(204);

        assertSignedOut(other);
        assertInvalidGrant(api.refresh(account.refreshToken()));
        assertThat(jdbc().queryForObject(
                                "select count(*) from sessions where user_id = ?", Integer.class, account.id()))
                .isZero();
    }

    @Test
    void aSessionUnusedForTheIdleLifetimeEnds() {
        Account account = api.newAccount();
        SignedIn used = signIn(account);

        clock.advance(Duration.ofDays(29));
        SignedIn kept = rotated(api.refresh(used.refreshToken()));
        clock.advance(Duration.ofDays(2));

        assertInvalidGrant(api.refresh(account.refreshToken()));
        assertThat(api.refresh(kept.refreshToken()).status())
                .as("a refresh two days ago kept the other session alive")
                .isEqualTo(200);
    }

    @Test
    void noSessionOutlivesItsAbsoluteLifetimeHoweverOftenUsed() {
        Account account = api.newAccount();
        SignedIn session = new SignedIn(account.token(), account.refreshToken());
        for (int days = 0; days < 88; days += 22) {
            clock.advance(Duration.ofDays(22));
            session = rotated(api.refresh(session.refreshToken()));
        }
        assertThat(api.get(ME, session.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(3));

        assertInvalidGrant(api.refresh(session.refreshToken()));
        assertProblem(api.get(ME, session.accessToken()), 401);
    }

    @Test
    void thePurgeDeletesEndedSessionsAndTheirSpentTokensOnly() throws Exception {
        Account ended = api.newAccount();
        api.refresh(ended.refreshToken());
        Account live = api.newAccount();

        clock.advance(Duration.ofDays(31));
        String kept = sid(api.token(live.email(), live.password()));
        purge.purge();

        String sessions = "select count(*) from sessions where user_id = ?";
        assertThat(jdbc().queryForObject(sessions, Integer.class, ended.id())).isZero();
        assertThat(jdbc().queryForObject(
                                "select count(*) from spent_refresh_tokens where token_hash = ?",
                                Integer.class,
                                RefreshTokens.hash(ended.refreshToken())))
                .isZero();
        assertThat(jdbc().queryForList("select id from sessions where user_id = ?", UUID.class, live.id()))
                .containsExactly(UUID.fromString(kept));
    }

    @Test
    void aCookieLookupFindsTheLiveSessionInOneStatementMarksItUsedAndNeverRotates() throws Exception {
        Account account = api.newAccount();
        clock.advance(Duration.ofDays(1));

        statements.reset();
        var found = sessions.findLive(account.refreshToken());

        assertThat(statements.count()).isEqualTo(1);
        assertThat(found).contains(new LiveSession(UUID.fromString(sid(account.token())), account.id()));
        assertThat(sessions.list(account.id(), found.orElseThrow().id()).get(0).lastUsedAt())
                .isAfter(clock.instant().minusSeconds(60));
        assertThat(sessions.findLive("A".repeat(43))).isEmpty();
        assertThat(api.refresh(account.refreshToken()).status())
                .as("the token was not rotated")
                .isEqualTo(200);
        assertThat(sessions.findLive(account.refreshToken()))
                .as("but now it is spent")
                .isEmpty();
    }

    @Test
    void concurrentPurgesDeleteEveryEndedSessionWithoutFailing() throws Exception {
        Account account = api.newAccount();
        for (int i = 0; i < 12; i++) {
            signIn(account);
        }
        sessions.revokeAll(account.id());
        List<Callable<Integer>> purges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            purges.add(() -> {
                int deleted = 0;
                for (int batch = store.purge(clock.instant(), 2); batch > 0; batch = store.purge(clock.instant(), 2)) {
                    deleted += batch;
                }
                return deleted;
            });
        }

        Concurrently.all(purges);

        assertThat(jdbc().queryForObject(
                                "select count(*) from sessions where user_id = ?", Integer.class, account.id()))
                .isZero();
    }

    @Test
    void theBearerCheckStaysOneStatementAndARefreshTakesTwo() {
        Account account = api.newAccount();

        statements.reset();
        assertThat(api.get(SESSIONS, account.token()).status()).isEqualTo(200);
        assertThat(statements.count()).as("the session check, the list").isEqualTo(2);

        statements.reset();
        assertThat(api.get("/users/" + account.id(), account.token()).status()).isEqualTo(200);
        assertThat(statements.count()).as("the session check, the user").isEqualTo(2);

        statements.reset();
        assertThat(api.refresh(account.refreshToken()).status()).isEqualTo(200);
        assertThat(statements.count()).as("the rotation, the spent token").isEqualTo(2);
    }
}

@OnH2
class SessionApiOnH2Test extends SessionApiTests {}

@OnPostgres
class SessionApiOnPostgresTest extends SessionApiTests {}
