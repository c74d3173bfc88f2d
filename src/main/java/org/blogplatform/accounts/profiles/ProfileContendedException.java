package org.blogplatform.accounts.profiles;

import org.blogplatform.accounts.web.DomainException;

/** Concurrent first writes of a missing profile kept colliding; the client may simply retry. */
class ProfileContendedException extends DomainException {

    ProfileContendedException() {
        super(Kind.CONFLICT, "The profile is being changed concurrently; retry");
    }
}
