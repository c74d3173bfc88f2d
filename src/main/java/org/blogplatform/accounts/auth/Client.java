package org.blogplatform.accounts.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** What a session records of the device that signed in. */
record Client(@Nullable String userAgent, @Nullable String address) {

    /** The address is the container's: the TCP peer, or the forwarded client behind trusted proxies. */
    static Client of(HttpServletRequest request) {
        return new Client(request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr());
    }
}
