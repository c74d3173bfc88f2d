package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

public class UserNotFoundException extends DomainException {

    public UserNotFoundException() {
        super(Kind.NOT_FOUND, "User not found");
    }
}
