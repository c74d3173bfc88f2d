package org.blogplatform.accounts.users;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserProfileRepository extends Repository<UserProfile, Long> {

    /** Locks the row, so writers of one profile take turns and an If-Match is checked against what is stored. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from UserProfile p where p.user.id = :userId")
    Optional<UserProfile> findByUserIdForUpdate(long userId);

    UserProfile save(UserProfile profile);
}
