package org.blogplatform.accounts.auth;

import java.util.OptionalInt;
import org.blogplatform.accounts.users.CredentialStore;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.TransactionException;

/** Rejects tokens of deleted users and tokens issued before the user's last password change. */
class TokenVersionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is no longer valid", null);

    private final CredentialStore credentials;

    TokenVersionValidator(CredentialStore credentials) {
        this.credentials = credentials;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object version = token.getClaims().get(TokenIssuer.TOKEN_VERSION_CLAIM);
        if (!(version instanceof Number number) || !isUserId(token.getSubject())) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        OptionalInt current;
        try {
            current = credentials.tokenVersion(Long.parseLong(token.getSubject()));
        } catch (DataAccessException | TransactionException e) {
            // Not the token's fault: answered as "service unavailable", like any request needing the database.
            throw new AuthenticationServiceException("cannot check the token now", e);
        }
        return current.isPresent() && current.getAsInt() == number.longValue()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(REVOKED);
    }

    private static boolean isUserId(String subject) {
        return subject != null && subject.matches("[1-9]\\d{0,17}");
    }
}
