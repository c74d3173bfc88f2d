package org.blogplatform.accounts.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of sessions. "Live" means not revoked and neither expiry passed; every write keeps {@code
 * idle_expires_at <= absolute_expires_at}, and revoking sets it to now, so the purge needs that column alone.
 */
@Repository
class SessionStore {

    private static final String LIVE = " revoked_at is null and idle_expires_at > :now and absolute_expires_at > :now";
    private static final String TOUCH =
            "update sessions set last_used_at = :now," + " idle_expires_at = least(:idleEnd, absolute_expires_at)";

    private final JdbcClient jdbc;
    private final boolean h2;

    SessionStore(JdbcClient jdbc, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.jdbc = jdbc;
        this.h2 = datasourceUrl.startsWith("jdbc:h2:");
    }

    record Touched(UUID id, long userId, Instant idleExpiresAt) {}

    void insert(
            UUID id,
            long userId,
            String hash,
            Instant now,
            Instant idleEnd,
            Instant end,
            String agent,
            String address) {
        jdbc.sql("insert into sessions (id, user_id, refresh_hash, created_at, last_used_at, idle_expires_at,"
                        + " absolute_expires_at, user_agent, client_address)"
                        + " values (:id, :userId, :hash, :now, :now, :idleEnd, :end, :agent, :address)")
                .param("id", id)
                .param("userId", userId)
                .param("hash", hash)
                .param("now", at(now))
                .param("idleEnd", at(idleEnd))
                .param("end", at(end))
                .param("agent", agent)
                .param("address", address)
                .update();
    }

    boolean isLive(UUID id, long userId, Instant now) {
        return jdbc.sql("select count(*) from sessions where id = :id and user_id = :userId and" + LIVE)
                        .param("id", id)
                        .param("userId", userId)
                        .param("now", at(now))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** One statement: marks a live session used and says whose it is. */
    Optional<Touched> touch(String hash, Instant now, Instant idleEnd) {
        return returning(TOUCH + " where refresh_hash = :hash and" + LIVE)
                .param("hash", hash)
                .param("now", at(now))
                .param("idleEnd", at(idleEnd))
                .query(SessionStore::touched)
                .optional();
    }

    /** Swaps the refresh hash only if it is still the current one, so of two racing refreshes one wins. */
    Optional<Touched> rotate(String hash, String newHash, Instant now, Instant idleEnd) {
        return returning(TOUCH + ", refresh_hash = :newHash where refresh_hash = :hash and" + LIVE)
                .param("hash", hash)
                .param("newHash", newHash)
                .param("now", at(now))
                .param("idleEnd", at(idleEnd))
                .query(SessionStore::touched)
                .optional();
    }

    void spend(String hash, UUID sessionId) {
        jdbc.sql("insert into spent_refresh_tokens (token_hash, session_id) values (:hash, :id)")
                .param("hash", hash)
                .param("id", sessionId)
                .update();
    }

    List<SessionView> live(long userId, UUID current, Instant now) {
        return jdbc.sql("select id, created_at, last_used_at, user_agent, client_address from sessions"
                        + " where user_id = :userId and" + LIVE + " order by last_used_at desc, id")
                .param("userId", userId)
                .param("now", at(now))
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SessionView(
                            id,
                            instant(rs, "created_at"),
                            instant(rs, "last_used_at"),
                            rs.getString("user_agent"),
                            rs.getString("client_address"),
                            id.equals(current));
                })
                .list();
    }

    /**
     * Deletes up to {@code batch} ended sessions (their spent tokens go by cascade). On PostgreSQL rows another
     * instance is deleting are skipped, not waited for; an embedded H2 database has one instance only.
     */
    int purge(Instant now, int batch) {
        String ended = "select id from sessions where idle_expires_at <= :now limit :batch";
        return jdbc.sql("delete from sessions where id in (" + ended + (h2 ? "" : " for update skip locked") + ")")
                .param("now", at(now))
                .param("batch", batch)
                .update();
    }

    /** PostgreSQL returns the changed row with RETURNING, H2 with a data change delta table. */
    private JdbcClient.StatementSpec returning(String update) {
        return jdbc.sql(
                h2
                        ? "select id, user_id, idle_expires_at from final table (" + update + ")"
                        : update + " returning id, user_id, idle_expires_at");
    }

    private static Touched touched(ResultSet rs, int row) throws SQLException {
        return new Touched(rs.getObject("id", UUID.class), rs.getLong("user_id"), instant(rs, "idle_expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
