package org.blogplatform.accounts.users;

import java.util.UUID;
import org.blogplatform.accounts.sessions.SessionService;
import org.springframework.security.oauth2.jwt.Jwt;

final class Callers {

    private Callers() {}

    /** The signed-in user's id; the token validator has already checked that the subject is a live user. */
    static long id(Jwt token) {
        return Long.parseLong(token.getSubject());
    }

    static UUID sessionId(Jwt token) {
        return UUID.fromString(token.getClaimAsString(SessionService.SESSION_ID_CLAIM));
    }

    static boolean is(Jwt token, long userId) {
        return token != null && id(token) == userId;
    }
}
