package org.blogplatform.accounts.profiles;

import org.blogplatform.accounts.web.DomainException;

/** An If-Match or If-None-Match that is not an ETag list: saying the profile changed would mislead. */
class MalformedEtagException extends DomainException {

    MalformedEtagException(String header) {
        super(Kind.MALFORMED, header + " must be * or quoted ETags, such as \"3\"");
    }
}
