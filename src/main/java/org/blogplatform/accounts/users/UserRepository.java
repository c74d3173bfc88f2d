package org.blogplatform.accounts.users;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<User, Long> {

    @Query("select new org.blogplatform.accounts.users.StoredCredentials(u.id, u.passwordHash, u.emailVerified)"
            + " from User u where u.email = :email")
    Optional<StoredCredentials> findCredentialsByEmail(String email);

    @Modifying
    @Query("update User u set u.passwordHash = :newHash where u.id = :id and u.passwordHash = :oldHash")
    int replaceHash(long id, String oldHash, String newHash);

    /** Writes the name alone, so a rename never writes back a password hash read before. */
    @Modifying
    @Query("update User u set u.name = :name where u.id = :id")
    int rename(long id, String name);

    /** The database deletes the profile (on delete cascade); 0 when the user is already gone. */
    @Modifying
    @Query("delete from User u where u.id = :id")
    int deleteUser(long id);

    User save(User user);
}
