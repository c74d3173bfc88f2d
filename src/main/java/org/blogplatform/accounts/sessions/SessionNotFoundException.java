package org.blogplatform.accounts.sessions;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No live session of this user has that id: unknown, already ended, or someone else's (all look alike). */
public class SessionNotFoundException extends ApiProblem {

    SessionNotFoundException() {
        super(HttpStatus.NOT_FOUND, "Session not found");
    }
}
