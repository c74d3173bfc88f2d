package org.blogplatform.accounts.recovery;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** One answer for unknown, expired and used links, so the answer tells a guesser nothing. */
class InvalidLink extends ApiProblem {

    InvalidLink() {
        super(HttpStatus.BAD_REQUEST, "The link is invalid or has expired");
    }
}
