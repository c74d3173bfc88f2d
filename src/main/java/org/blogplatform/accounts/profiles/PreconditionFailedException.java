package org.blogplatform.accounts.profiles;

import org.blogplatform.accounts.web.DomainException;

class PreconditionFailedException extends DomainException {

    PreconditionFailedException() {
        super(Kind.STALE, "The profile has changed since that ETag was read");
    }
}
