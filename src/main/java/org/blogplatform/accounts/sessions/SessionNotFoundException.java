package org.blogplatform.accounts.sessions;

import org.blogplatform.accounts.web.DomainException;

/** No live session of this user has that id: unknown, already ended, or someone else's (all look alike). */
public class SessionNotFoundException extends DomainException {

    SessionNotFoundException() {
        super(Kind.NOT_FOUND, "Session not found");
    }
}
