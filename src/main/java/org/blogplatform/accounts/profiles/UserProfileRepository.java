package org.blogplatform.accounts.profiles;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserProfileRepository extends Repository<UserProfile, Long> {

    @Query("select p from UserProfile p where p.userId = :userId")
    Optional<UserProfile> findByUserId(long userId);

    /**
     * Whether the owner still exists. Profiles know users only by id; the table is theirs to ask because the
     * profile's foreign key already ties the two.
     */
    @Query(value = "select count(*) from users where id = :userId", nativeQuery = true)
    long countUsers(long userId);

    UserProfile save(UserProfile profile);
}
