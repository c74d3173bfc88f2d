package org.blogplatform.accounts.auth;

import org.blogplatform.accounts.web.DomainException;

/** Raised only after the password was found correct, so it tells a guesser nothing. */
class EmailNotVerifiedException extends DomainException {

    EmailNotVerifiedException() {
        super(
                Kind.DENIED,
                "Verify your email address first: follow the link in the verification mail, or reset your password,"
                        + " which mails a link too");
    }
}
