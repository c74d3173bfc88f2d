package org.blogplatform.accounts.pages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.blogplatform.accounts.sessions.StartedSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The pages' sign-in cookie. It carries the session's refresh token, which the pages never rotate; JavaScript
 * cannot read it, other sites' forms do not send it, and it travels only over TLS when the service is public
 * over https. The API never reads it.
 */
@Component
class SessionCookie {

    static final String NAME = "session";

    private final boolean secure;
    private final Clock clock;

    SessionCookie(@Value("${accounts.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.secure = publicUrl.startsWith("https:");
        this.clock = clock;
    }

    Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> NAME.equals(cookie.getName())
                                && !cookie.getValue().isEmpty())
                        .map(Cookie::getValue)
                        .findFirst();
    }

    void set(HttpServletResponse response, StartedSession session) {
        write(response, session.refreshToken(), Duration.between(clock.instant(), session.refreshExpiresAt()));
    }

    void clear(HttpServletResponse response) {
        write(response, "", Duration.ZERO);
    }

    private void write(HttpServletResponse response, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
