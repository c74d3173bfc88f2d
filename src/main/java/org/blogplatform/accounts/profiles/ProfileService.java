package org.blogplatform.accounts.users;

import org.blogplatform.accounts.web.ApiProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ProfileService {

    /**
     * Writers of an existing profile take turns on its row lock; concurrent first writes of a missing one race
     * on the unique user_id, and the losers find the row on their next attempt.
     */
    private static final int ATTEMPTS = 3;

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final TransactionTemplate transaction;

    ProfileService(
            UserRepository users, UserProfileRepository profiles, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.profiles = profiles;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A user without a profile row reads as an empty profile at version 0; reading creates nothing. */
    @Transactional(readOnly = true)
    VersionedProfile get(long userId) {
        UserView view = users.findViewById(userId).orElseThrow(UserService::userNotFound);
        ProfileResponse profile = ProfileResponse.from(view);
        return profile == null
                ? new VersionedProfile(ProfileResponse.empty(), 0)
                : new VersionedProfile(profile, view.profileVersion());
    }

    /** Get-or-create then apply, each attempt in a transaction of its own. */
    VersionedProfile update(long userId, ProfileEdit edit, Precondition precondition) {
        for (int attempt = 1; ; attempt++) {
            try {
                UserProfile profile = transaction.execute(status -> applyOnce(userId, edit, precondition));
                return new VersionedProfile(ProfileResponse.from(profile), profile.version());
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                if (precondition.isConditional() && e instanceof OptimisticLockingFailureException) {
                    throw preconditionFailed();
                }
                if (e instanceof DataIntegrityViolationException && accountIsGone(userId)) {
                    throw UserService.userNotFound(); // deleted after its token was checked: no row to attach to
                }
                if (attempt == ATTEMPTS) {
                    throw new ApiProblem(HttpStatus.CONFLICT, "The profile is being changed concurrently; retry");
                }
            }
        }
    }

    private UserProfile applyOnce(long userId, ProfileEdit edit, Precondition precondition) {
        UserProfile profile = profiles.findByUserIdForUpdate(userId).orElse(null);
        if (profile != null) {
            requireMatch(precondition, profile.version());
            profile.apply(edit);
            return profile;
        }
        requireMatch(precondition, 0);
        profile = new UserProfile();
        profile.attachTo(users.getReferenceById(userId));
        profile.apply(edit);
        profile.markCreatedByWrite();
        return profiles.save(profile);
    }

    private boolean accountIsGone(long userId) {
        return users.findTokenVersionById(userId).isEmpty();
    }

    private static void requireMatch(Precondition precondition, long version) {
        if (!precondition.matches(version)) {
            throw preconditionFailed();
        }
    }

    private static ApiProblem preconditionFailed() {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "The profile has changed since that ETag was read");
    }
}
