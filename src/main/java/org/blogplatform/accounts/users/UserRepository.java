package org.blogplatform.accounts.users;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<User, Long> {

    String VIEW = "select new org.blogplatform.accounts.users.UserView(u.id, u.name, u.email, p.version, p.bio,"
            + " p.avatarUrl, p.websiteUrl, p.twitter, p.github, p.updatedAt) from User u left join u.profile p ";

    @Query(VIEW + "where u.id = :id")
    Optional<UserView> findViewById(long id);

    @Query("select u from User u left join fetch u.profile where u.id = :id")
    Optional<User> findWithProfileById(long id);

    @Query("select new org.blogplatform.accounts.users.StoredCredentials(u.id, u.passwordHash, u.tokenVersion)"
            + " from User u where u.email = :email")
    Optional<StoredCredentials> findCredentialsByEmail(String email);

    @Query("select u.tokenVersion from User u where u.id = :id")
    Optional<Integer> findTokenVersionById(long id);

    @Modifying
    @Query("update User u set u.passwordHash = :newHash where u.id = :id and u.passwordHash = :oldHash")
    int replaceHash(long id, String oldHash, String newHash);

    @Modifying
    @Query("update User u set u.passwordHash = :newHash, u.tokenVersion = u.tokenVersion + 1"
            + " where u.id = :id and u.passwordHash = :oldHash")
    int changePassword(long id, String oldHash, String newHash);

    /** Writes the name alone, so a rename never writes back a password hash or token version read before. */
    @Modifying
    @Query("update User u set u.name = :name where u.id = :id")
    int rename(long id, String name);

    /** The database deletes the profile (on delete cascade); 0 when the user is already gone. */
    @Modifying
    @Query("delete from User u where u.id = :id")
    int deleteUser(long id);

    /** A reference to a user known to exist, for a new profile's foreign key, without loading the user. */
    User getReferenceById(Long id);

    User save(User user);
}
