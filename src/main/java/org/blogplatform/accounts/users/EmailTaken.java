package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** Another account already has this address. */
public class EmailTaken extends ApiProblem {

    public EmailTaken() {
        super(HttpStatus.CONFLICT, "This email is already registered");
    }
}
