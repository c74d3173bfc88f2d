package org.blogplatform.accounts.recovery;

import org.blogplatform.accounts.web.DomainException;

/** One answer for unknown, expired and used links, so the answer tells a guesser nothing. */
class InvalidLinkException extends DomainException {

    InvalidLinkException() {
        super(Kind.MALFORMED, "The link is invalid or has expired");
    }
}
