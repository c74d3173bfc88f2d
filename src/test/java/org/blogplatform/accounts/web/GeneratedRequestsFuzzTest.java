package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.blogplatform.accounts.AccountsApplication;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Thousands of generated requests — any JSON value in any field, any text as a body, odd paths and methods —
 * and not one may make the service answer 5xx or leave a profile it can no longer read. The seed is fixed so
 * that the build is repeatable; change it (or remove it) locally to explore further.
 */
class GeneratedRequestsFuzzTest {

    private static final List<String> FIELDS = List.of(
            "email",
            "name",
            "password",
            "bio",
            "avatar_url",
            "website_url",
            "twitter",
            "github",
            "current_password",
            "new_password",
            "id",
            "user_id");

    private static ConfigurableApplicationContext app;
    private static ApiClient api;
    private static Account account;

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(AccountsApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1",
                        "--accounts.jwt.secret=" + ApiClient.TEST_SECRET,
                        "--accounts.limits.client-requests-per-minute=1000000",
                        "--logging.level.root=warn");
        api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
        account = api.newAccount();
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    record Call(String method, String path, String contentType, boolean authenticated) {}

    @Property(tries = 2500, seed = "20261125")
    void noGeneratedBodyGetsA5xx(@ForAll("calls") Call call, @ForAll("bodies") String body) {
        Response response = api.send(
                call.method(), call.path(), call.contentType(), body, call.authenticated() ? account.token() : null);

        assertThat(response.status()).as(call + " " + body + " -> " + response).isLessThan(500);
        assertThat(api.get("/users/" + account.id()).status()).isEqualTo(200);
    }

    @Property(tries = 500, seed = "20261125")
    void noGeneratedPathOrMethodGetsA5xx(@ForAll("methods") String method, @ForAll("paths") String path) {
        Response response = api.send(method, path, null, null, null);

        assertThat(response.status())
                .as(method + " " + path + " -> " + response)
                .isLessThan(500);
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(
                new Call("POST", "/users/register", "application/json", false),
                new Call("POST", "/auth/token", "application/json", false),
                new Call("POST", "/auth/token", "application/x-www-form-urlencoded", false),
                new Call("PUT", "/users/me/profile", "application/json", true),
                new Call("PATCH", "/users/me/profile", "application/merge-patch+json", true),
                new Call("PATCH", "/users/me/profile", "text/plain", true),
                new Call("PATCH", "/users/me", "application/json", true),
                new Call("PUT", "/users/me/password", "application/json", true));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.frequencyOf(
                weighted(6, objects()),
                weighted(1, Arbitraries.strings().all().ofMaxLength(200)),
                weighted(1, jsonValues(2)));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(
                        "users",
                        "me",
                        "profile",
                        "password",
                        "auth",
                        "token",
                        "register",
                        "actuator",
                        "health",
                        "..",
                        "%2e%2e",
                        "%00",
                        "%ff",
                        "-1",
                        "99999999999999999999",
                        "0",
                        "1"),
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withCharRange('0', '9')
                        .withChars("-._~!$&'()*+,;=:@")
                        .ofMaxLength(12));
        return segment.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(parts -> "/" + String.join("/", parts))
                .flatMap(path -> Arbitraries.of(
                                "", "?limit=-5", "?after=x", "?limit=abc&after=1", "?x=%25zz", "?limit=%2B1")
                        .map(query -> path + query));
    }

    private static Arbitrary<String> objects() {
        Arbitrary<Map.Entry<String, String>> member = Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(8)),
                        jsonValues(2))
                .as(Map::entry);
        return member.list().ofMaxSize(6).map(members -> members.stream()
                .map(e -> quote(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}")));
    }

    private static Arbitrary<String> jsonValues(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80).map(GeneratedRequestsFuzzTest::quote),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(600).map(GeneratedRequestsFuzzTest::quote),
                Arbitraries.of(
                        "\"a@example.com\"", "\"https://example.com/x\"", "\"@handle\"", "\"javascript:alert(1)\""),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(Object::toString),
                Arbitraries.of("true", "false", "null", "1e400", "-0.0", "\"\""));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> arrays = jsonValues(depth - 1)
                .list()
                .ofMaxSize(3)
                .map(values -> String.join(",", values))
                .map(s -> "[" + s + "]");
        Arbitrary<String> nested = jsonValues(depth - 1).map(v -> "{\"k\":" + v + "}");
        return Arbitraries.frequencyOf(weighted(6, scalars), weighted(1, arrays), weighted(1, nested));
    }

    private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight, Arbitrary<String> value) {
        return Tuple.of(weight, value);
    }

    /** JSON string literal that keeps lone surrogates and control characters, escaped, as a client could send. */
    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
