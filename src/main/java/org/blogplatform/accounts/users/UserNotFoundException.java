package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.DomainException;

class UserNotFoundException extends DomainException {

    UserNotFoundException() {
        super(Kind.NOT_FOUND, "User not found");
    }
}
