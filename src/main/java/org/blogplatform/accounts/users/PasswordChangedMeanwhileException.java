package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

class PasswordChangedMeanwhileException extends DomainException {

    PasswordChangedMeanwhileException() {
        super(Kind.CONFLICT, "The password was changed meanwhile; sign in again");
    }
}
