package org.blogplatform.accounts.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of profile writes: the locked read and the versioned update of a write, two statements with no
 * persistence context to open, fill and flush around them.
 */
@Repository
class ProfileStore {

    private static final String COLUMNS =
            "id, user_id, bio, avatar_url, website_url, twitter, github, updated_at, version";

    private final JdbcClient jdbc;
    private final String lock;

    ProfileStore(JdbcClient jdbc, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.jdbc = jdbc;
        // a profile write never changes the key other tables refer to, so it need not block their inserts
        this.lock = datasourceUrl.startsWith("jdbc:h2:") ? " for update" : " for no key update";
    }

    /** Locks the row, so writers of one profile take turns and an If-Match is checked against what is stored. */
    Optional<UserProfile> findByUserIdForUpdate(long userId) {
        return jdbc.sql("select " + COLUMNS + " from user_profiles where user_id = :userId" + lock)
                .param("userId", userId)
                .query(ProfileStore::profile)
                .optional();
    }

    /** Stores the edited fields of a locked profile and moves it to its next version. */
    void update(UserProfile profile) {
        int updated = withFields(
                        jdbc.sql("update user_profiles set bio = :bio, avatar_url = :avatarUrl,"
                                + " website_url = :websiteUrl, twitter = :twitter, github = :github,"
                                + " updated_at = :updatedAt, version = :next where id = :id and version = :version"),
                        profile)
                .param("next", profile.version() + 1)
                .param("id", profile.id())
                .param("version", profile.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("the profile changed meanwhile"); // the row lock prevents it
        }
        profile.stored();
    }

    /** A profile created by a write: a concurrent first write of the same user fails on the unique user_id. */
    void insert(UserProfile profile) {
        withFields(
                        jdbc.sql("insert into user_profiles (user_id, bio, avatar_url, website_url, twitter, github,"
                                + " updated_at, version) values (:userId, :bio, :avatarUrl, :websiteUrl, :twitter,"
                                + " :github, :updatedAt, :version)"),
                        profile)
                .param("userId", profile.userId())
                .param("version", profile.version())
                .update();
    }

    private static JdbcClient.StatementSpec withFields(JdbcClient.StatementSpec statement, UserProfile profile) {
        return statement
                .param("bio", profile.bio())
                .param("avatarUrl", profile.avatarUrl())
                .param("websiteUrl", profile.websiteUrl())
                .param("twitter", profile.twitter())
                .param("github", profile.github())
                .param("updatedAt", profile.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static UserProfile profile(ResultSet rs, int row) throws SQLException {
        return new UserProfile(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("bio"),
                rs.getString("avatar_url"),
                rs.getString("website_url"),
                rs.getString("twitter"),
                rs.getString("github"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }
}
