package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

public class EmailTakenException extends DomainException {

    public EmailTakenException() {
        super(Kind.CONFLICT, "This email is already registered");
    }
}
