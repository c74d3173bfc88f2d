package org.blogplatform.accounts.sessions;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * RFC 6749 §5.2: a refresh token that is unknown, spent, expired or revoked. One answer for all, so a caller
 * learns nothing about which; the {@code error} member carries OAuth's code.
 */
class InvalidGrantException extends ApiProblem {

    InvalidGrantException() {
        super(HttpStatus.BAD_REQUEST, "The refresh token is invalid, expired or revoked; sign in again");
        getBody().setProperty("error", "invalid_grant");
    }
}
