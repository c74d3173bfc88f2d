package org.blogplatform.accounts.auth;

import java.util.UUID;
import java.util.regex.Pattern;
import org.blogplatform.accounts.sessions.SessionService;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.TransactionException;

/**
 * Accepts a token only while its session is live: not signed out, revoked or expired, and its user not deleted
 * (deleting a user deletes their sessions). One statement per request.
 */
class LiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is no longer valid", null);
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern USER_ID = Pattern.compile("[1-9]\\d{0,17}");

    private final SessionService sessions;

    LiveSessionValidator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object sessionId = token.getClaims().get(SessionService.SESSION_ID_CLAIM);
        if (!(sessionId instanceof String sid) || !SESSION_ID.matcher(sid).matches() || !isUserId(token.getSubject())) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        boolean live;
        try {
            live = sessions.isLive(UUID.fromString(sid), Long.parseLong(token.getSubject()));
        } catch (DataAccessException | TransactionException e) {
            // Not the token's fault: answered as "service unavailable", like any request needing the database.
            throw new AuthenticationServiceException("cannot check the token now", e);
        }
        return live ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
    }

    private static boolean isUserId(String subject) {
        return subject != null && USER_ID.matcher(subject).matches();
    }
}
