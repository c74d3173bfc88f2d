package org.blogplatform.accounts.sessions;

import static org.blogplatform.accounts.sessions.SessionStore.at;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that ends sessions. Ending one sets {@code idle_expires_at} to now as well, so the purge finds ended
 * sessions by that column alone.
 */
@Repository
class SessionRevocations {

    private static final String ENDED = "update sessions set revoked_at = :now,"
            + " idle_expires_at = least(idle_expires_at, :now) where revoked_at is null and ";

    private final JdbcClient jdbc;

    SessionRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends the session that once spent this refresh token; 0 if there is none, or it already ended. */
    int revokeSpender(String spentHash, Instant now) {
        return jdbc.sql(ENDED + "id = (select session_id from spent_refresh_tokens where token_hash = :hash)")
                .param("hash", spentHash)
                .param("now", at(now))
                .update();
    }

    int revoke(long userId, UUID id, Instant now) {
        return jdbc.sql(ENDED
                        + "user_id = :userId and id = :id and idle_expires_at > :now and absolute_expires_at > :now")
                .param("userId", userId)
                .param("id", id)
                .param("now", at(now))
                .update();
    }

    int revokeAllBut(long userId, UUID keep, Instant now) {
        return jdbc.sql(ENDED + "user_id = :userId and id <> :keep")
                .param("userId", userId)
                .param("keep", keep)
                .param("now", at(now))
                .update();
    }

    int revokeAll(long userId, Instant now) {
        return jdbc.sql(ENDED + "user_id = :userId")
                .param("userId", userId)
                .param("now", at(now))
                .update();
    }
}
