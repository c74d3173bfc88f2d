package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

class WrongPasswordException extends DomainException {

    WrongPasswordException() {
        super(Kind.DENIED, "The current password is not correct");
    }
}
