package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

class EmailTakenException extends DomainException {

    EmailTakenException() {
        super(Kind.CONFLICT, "This email is already registered");
    }
}
