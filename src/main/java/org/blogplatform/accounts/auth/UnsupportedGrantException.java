package org.blogplatform.accounts.auth;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** RFC 6749 §5.2: only the password and refresh_token grants exist here. */
class UnsupportedGrantException extends ApiProblem {

    UnsupportedGrantException() {
        super(HttpStatus.BAD_REQUEST, "grant_type must be password or refresh_token");
        getBody().setProperty("error", "unsupported_grant_type");
    }
}
