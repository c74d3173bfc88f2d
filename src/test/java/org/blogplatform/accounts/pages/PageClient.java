package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;

/** The pages over plain HTTP as a browser sees them: it keeps its cookies and posts forms with their CSRF token. */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ApiClient api;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    PageClient(ApiClient api) {
        this.api = api;
    }

    Response get(String path) {
        Response response = api.send("GET", path, null, null, null, cookieHeader());
        remember(response);
        return response;
    }

    /** Posts the fields as a form with the CSRF token of a page read before (or of the sign-in page). */
    Response post(String path, Map<String, String> fields) {
        if (csrf == null) {
            get("/signin");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Response response = api.send("POST", path, "application/x-www-form-urlencoded", body, null, cookieHeader());
        remember(response);
        return response;
    }

    PageClient signIn(Account account) {
        Response signedIn = post("/signin", Map.of("email", account.email(), "password", account.password()));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(cookies).containsKey(SessionCookie.NAME);
        return this;
    }

    private Map<String, String> cookieHeader() {
        return cookies.isEmpty()
                ? Map.of()
                : Map.of(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
    }

    private void remember(Response response) {
        response.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(header -> header.getValue().stream())
                .forEach(setCookie -> {
                    String[] pair = setCookie.split(";", 2)[0].split("=", 2);
                    if (pair[1].isEmpty()) {
                        cookies.remove(pair[0]);
                    } else {
                        cookies.put(pair[0], pair[1]);
                    }
                });
        Matcher hidden = CSRF.matcher(response.body());
        if (hidden.find()) {
            csrf = hidden.group(1);
        }
    }

    List<String> cookieNames() {
        return List.copyOf(cookies.keySet());
    }
}
