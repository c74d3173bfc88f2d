package org.blogplatform.accounts.profiles;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserProfileRepository extends Repository<UserProfile, Long> {

    /** Locks the row, so writers of one profile take turns and an If-Match is checked against what is stored. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from UserProfile p where p.userId = :userId")
    Optional<UserProfile> findByUserIdForUpdate(long userId);

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
