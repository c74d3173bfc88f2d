package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.blogplatform.accounts.support.PostgresInitializer;
import org.blogplatform.accounts.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The mapping and the schema's own guarantees, on the real PostgreSQL this service runs on in production. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresInitializer.class)
@RequiresPostgres
class UserRepositoryPostgresTest {

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private User saveUserWithProfile() {
        User user = users.save(new User("repo-" + UUID.randomUUID() + "@example.com", "Rita", "hash"));
        jdbc.update("insert into user_profiles (user_id) values (?)", user.id());
        return user;
    }

    @Test
    void aUserAndTheirProfileAreReadAsOneRow() {
        User saved = saveUserWithProfile();
        jdbc.update(
                "update user_profiles set bio = 'b', avatar_url = 'a', website_url = 'w', twitter = 't', github = 'g'"
                        + " where user_id = ?",
                saved.id());
        OffsetDateTime updatedAt = jdbc.queryForObject(
                "select updated_at from user_profiles where user_id = ?", OffsetDateTime.class, saved.id());

        UserView view = views().byId(saved.id()).orElseThrow();

        assertThat(view)
                .isEqualTo(new UserView(
                        saved.id(), "Rita", saved.email(), false, 0L, "b", "a", "w", "t", "g", updatedAt.toInstant()));
    }

    @Test
    void aUserWithoutProfileReadsWithNullProfileColumns() {
        User saved = saveUserWithProfile();
        jdbc.update("delete from user_profiles where user_id = ?", saved.id());

        assertThat(views().byId(saved.id()).orElseThrow().profileVersion()).isNull();
    }

    @Test
    void theDatabaseAllowsOneProfilePerUser() {
        User saved = saveUserWithProfile();

        assertThatThrownBy(() -> jdbc.update("insert into user_profiles (user_id) values (?)", saved.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAnEmailThatIsNotLowerCase() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into users (email, name, password_hash) values ('Mixed@Example.com', 'x', 'h')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesADuplicateEmail() {
        User saved = saveUserWithProfile();

        assertThatThrownBy(() -> jdbc.update(
                        "insert into users (email, name, password_hash) values (?, 'x', 'h')", saved.email()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAUserRowCascadesToItsProfileInTheDatabase() {
        User saved = saveUserWithProfile();

        jdbc.update("delete from users where id = ?", saved.id());

        assertThat(jdbc.queryForObject(
                        "select count(*) from user_profiles where user_id = ?", Integer.class, saved.id()))
                .isZero();
    }

    @Test
    void theDirectoryPagesByIdAfterTheCursor() {
        User first = saveUserWithProfile();
        User second = saveUserWithProfile();
        User third = saveUserWithProfile();

        List<UserView> page = views().after(first.id(), 2);

        assertThat(page).extracting(UserView::id).containsExactly(second.id(), third.id());
    }

    private UserViews views() {
        return new UserViews(JdbcClient.create(jdbc));
    }
}
