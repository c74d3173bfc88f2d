package org.blogplatform.accounts.recovery;

import org.blogplatform.accounts.web.DomainException;

class AlreadyVerifiedException extends DomainException {

    AlreadyVerifiedException() {
        super(Kind.CONFLICT, "The email address is already verified");
    }
}
