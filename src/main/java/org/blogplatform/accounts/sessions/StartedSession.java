package org.blogplatform.accounts.sessions;

import java.time.Instant;
import java.util.UUID;

/** A new session, or a session after rotation: the refresh token is shown to its holder once and never stored. */
public record StartedSession(UUID id, String refreshToken, Instant refreshExpiresAt) {

    @Override
    public String toString() {
        return "StartedSession[id=" + id + ", refreshToken=***, refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
