package org.blogplatform.accounts.profiles;

import org.blogplatform.accounts.web.DomainException;

/** The account was deleted after its token was checked, so there is no profile to read or write. */
class ProfileOwnerGoneException extends DomainException {

    ProfileOwnerGoneException() {
        super(Kind.NOT_FOUND, "User not found");
    }
}
