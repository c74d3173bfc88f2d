package org.blogplatform.accounts.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail_outbox table. Claiming takes due rows with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both
 * accept it) and pushes their next attempt past a lease, all in the caller's transaction: once it commits,
 * other instances neither wait for these rows nor see them as due until the lease ends.
 */
@Repository
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String recipient, String subject, String text, String html, Instant now) {
        jdbc.sql("insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at)"
                        + " values (:recipient, :subject, :text, :html, :now, :now)")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("text", text)
                .param("html", html)
                .param("now", at(now))
                .update();
    }

    List<OutboxMail> claim(Instant now, Instant leaseEnd, int limit) {
        List<OutboxMail> due = jdbc.sql("select id, recipient, subject, text_body, html_body, created_at, attempts"
                        + " from mail_outbox where sent_at is null and failed_at is null and next_attempt_at <= :now"
                        + " order by next_attempt_at fetch first :limit rows only for update skip locked")
                .param("now", at(now))
                .param("limit", limit)
                .query((rs, row) -> new OutboxMail(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("attempts") + 1))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = :leaseEnd where id in (:ids)")
                    .param("leaseEnd", at(leaseEnd))
                    .param("ids", due.stream().map(OutboxMail::id).toList())
                    .update();
        }
        return due;
    }

    /** The bodies go as soon as the mail is out: they carry a live link, which the database should not keep. */
    void markSent(long id, Instant now) {
        jdbc.sql("update mail_outbox set sent_at = :now, text_body = null, html_body = null where id = :id")
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    void retryAt(long id, Instant next) {
        jdbc.sql("update mail_outbox set next_attempt_at = :next where id = :id")
                .param("next", at(next))
                .param("id", id)
                .update();
    }

    void markFailed(long id, Instant now) {
        jdbc.sql("update mail_outbox set failed_at = :now, text_body = null, html_body = null where id = :id")
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    int purge(Instant before) {
        return jdbc.sql("delete from mail_outbox where sent_at < :before or failed_at < :before")
                .param("before", at(before))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
