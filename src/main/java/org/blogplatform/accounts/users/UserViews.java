package org.blogplatform.accounts.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public reads of users with their profiles, as plain SQL projections: one statement each, no persistence
 * context and no transaction around them (a single statement sees one consistent snapshot on its own). Under
 * load this costs a fraction of a JPQL projection, which opens a session per call.
 */
@Component
class UserViews {

    private static final String VIEW = "select u.id, u.name, u.email, u.email_verified, p.version, p.bio, p.avatar_url,"
            + " p.website_url, p.twitter, p.github, p.updated_at"
            + " from users u left join user_profiles p on p.user_id = u.id ";

    private final JdbcClient jdbc;

    UserViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserView> byId(long id) {
        return jdbc.sql(VIEW + "where u.id = ?").param(id).query(UserViews::row).optional();
    }

    /** Keyset pagination: the next {@code limit} users after the given id, in id order. */
    List<UserView> after(long after, int limit) {
        return jdbc.sql(VIEW + "where u.id > ? order by u.id limit ?")
                .params(after, limit)
                .query(UserViews::row)
                .list();
    }

    private static UserView row(ResultSet row, int number) throws SQLException {
        long version = row.getLong(5);
        Long profileVersion = row.wasNull() ? null : version;
        OffsetDateTime updatedAt = row.getObject(11, OffsetDateTime.class);
        return new UserView(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getBoolean(4),
                profileVersion,
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
