package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.blogplatform.accounts.support.PostgresInitializer;
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
class UserRepositoryPostgresTest {

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    private User saveUserWithProfile() {
        User user = new User("repo-" + UUID.randomUUID() + "@example.com", "Rita", "hash");
        user.attachProfile(new UserProfile());
        return users.save(user);
    }

    @Test
    void aUserAndTheirProfileAreReadAsOneRow() {
        User saved = saveUserWithProfile();

        UserView view = users.findViewById(saved.id()).orElseThrow();

        assertThat(view.email()).isEqualTo(saved.email());
        assertThat(view.profileVersion()).isZero();
        assertThat(view.updatedAt()).isNotNull();
    }

    @Test
    void aUserWithoutProfileReadsWithNullProfileColumns() {
        User saved = saveUserWithProfile();
        jdbc.update("delete from user_profiles where user_id = ?", saved.id());

        assertThat(users.findViewById(saved.id()).orElseThrow().profileVersion())
                .isNull();
    }

    @Test
    void theDatabaseAllowsOneProfilePerUser() {
        User saved = saveUserWithProfile();
        users.findViewById(saved.id());

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
        users.findViewById(saved.id());

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

    @Test
    void thePublicReadMapsEveryColumnOfTheJoin() {
        User saved = saveUserWithProfile();
        entities.flush();
        jdbc.update(
                "update user_profiles set bio = 'b', avatar_url = 'a', website_url = 'w', twitter = 't', github = 'g'"
                        + " where user_id = ?",
                saved.id());

        UserView view = views().byId(saved.id()).orElseThrow();

        assertThat(view)
                .usingRecursiveComparison()
                .ignoringFields("updatedAt")
                .isEqualTo(new UserView(saved.id(), "Rita", saved.email(), 0L, "b", "a", "w", "t", "g", null));
        assertThat(view.updatedAt())
                .isEqualTo(users.findViewById(saved.id()).orElseThrow().updatedAt());
    }

    @Test
    void thePublicReadOfAUserWithoutProfileHasNoProfileVersion() {
        User saved = saveUserWithProfile();
        entities.flush();
        jdbc.update("delete from user_profiles where user_id = ?", saved.id());

        assertThat(views().byId(saved.id()).orElseThrow().profileVersion()).isNull();
    }

    private UserViews views() {
        return new UserViews(JdbcClient.create(jdbc), new SimpleMeterRegistry().counter("statements"));
    }
}
