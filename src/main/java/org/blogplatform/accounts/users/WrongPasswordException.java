package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

public class WrongPasswordException extends DomainException {

    public WrongPasswordException() {
        super(Kind.DENIED, "The current password is not correct");
    }
}
