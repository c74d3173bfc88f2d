package org.blogplatform.accounts.recovery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account_tokens table: hashes of single-use links. */
@Repository
class AccountTokens {

    private static final String LIVE = "select id, user_id, purpose, email from account_tokens"
            + " where token_hash = :hash and used_at is null and expires_at > :now";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the token's hash; its expiry is the purpose's lifetime from now. */
    void save(LinkToken token, long userId, TokenPurpose purpose, String email) {
        Instant now = clock.instant();
        jdbc.sql("insert into account_tokens (user_id, purpose, token_hash, email, created_at, expires_at)"
                        + " values (:user, :purpose, :hash, :email, :now, :expires)")
                .param("user", userId)
                .param("purpose", purpose.column())
                .param("hash", token.hash())
                .param("email", email)
                .param("now", at(now))
                .param("expires", at(now.plus(purpose.lifetime())))
                .update();
    }

    /** A new password voids outstanding reset links, and a pending email change. */
    void voidAfterPasswordChange(long userId) {
        voidUnused(userId, TokenPurpose.PASSWORD_RESET);
        voidUnused(userId, TokenPurpose.EMAIL_CHANGE);
    }

    /** Marks the user's unused links of this purpose used, so only a newer one works. */
    void voidUnused(long userId, TokenPurpose purpose) {
        jdbc.sql("update account_tokens set used_at = :now"
                        + " where user_id = :user and purpose = :purpose and used_at is null")
                .param("now", at(clock.instant()))
                .param("user", userId)
                .param("purpose", purpose.column())
                .update();
    }

    /** A live token for one of these purposes, without using it up. */
    Optional<LiveToken> find(String token, Set<TokenPurpose> purposes) {
        return jdbc.sql(LIVE)
                .param("hash", LinkToken.hash(token))
                .param("now", at(clock.instant()))
                .query((rs, row) -> new LiveToken(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        TokenPurpose.ofColumn(rs.getString("purpose")),
                        rs.getString("email")))
                .optional()
                .filter(live -> purposes.contains(live.purpose()));
    }

    /**
     * Uses the token up, in the caller's transaction; of concurrent attempts, the update lets exactly one
     * through (the others wait for its row lock, then find it used).
     */
    Optional<LiveToken> use(String token, Set<TokenPurpose> purposes) {
        return find(token, purposes)
                .filter(live -> jdbc.sql("update account_tokens set used_at = :now"
                                        + " where id = :id and used_at is null and expires_at > :now")
                                .param("now", at(clock.instant()))
                                .param("id", live.id())
                                .update()
                        == 1);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** {@code email}: the address the link was sent to (for an email change, the new one). */
    record LiveToken(long id, long userId, TokenPurpose purpose, String email) {}
}
