package org.blogplatform.accounts.profiles;

import org.blogplatform.accounts.web.DomainException;

class NotAnObjectException extends DomainException {

    NotAnObjectException() {
        super(Kind.MALFORMED, "A merge patch of the profile must be a JSON object");
    }
}
