package org.blogplatform.accounts.profiles;

import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Profiles, known by their owner's id. Published for registration, which creates the empty profile, and the pages. */
@Service
public class ProfileService {

    /**
     * Writers of an existing profile take turns on its row lock; concurrent first writes of a missing one race
     * on the unique user_id, and the losers find the row on their next attempt.
     */
    private static final int ATTEMPTS = 3;

    private final UserProfileRepository profiles;
    private final ProfileStore writes;
    private final TransactionTemplate transaction;

    /**
     * Writes run on the data source's own transactions: their two statements need no JPA persistence context,
     * and opening one costs about as much as the statements themselves.
     */
    ProfileService(UserProfileRepository profiles, ProfileStore writes, DataSource dataSource) {
        this.profiles = profiles;
        this.writes = writes;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The empty profile of a user being registered, in the registration's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProfileResponse createEmpty(long userId) {
        return ProfileResponse.from(profiles.save(new UserProfile(userId)));
    }

    /** A user without a profile row reads as an empty profile at version 0; reading creates nothing. */
    @Transactional(readOnly = true)
    public VersionedProfile get(long userId) {
        return profiles.findByUserId(userId)
                .map(profile -> new VersionedProfile(ProfileResponse.from(profile), profile.version()))
                .orElseGet(() -> {
                    if (ownerIsGone(userId)) {
                        throw new ProfileOwnerGoneException();
                    }
                    return new VersionedProfile(ProfileResponse.empty(), 0);
                });
    }

    /**
     * The settings page's form: every field is set (null clears it), and only if the profile is still at the
     * version the form was opened with.
     */
    public VersionedProfile replace(long userId, ProfileFields fields, long openedVersion) {
        return update(userId, ProfileEdit.settingAll(fields), Precondition.ifMatch(Precondition.etag(openedVersion)));
    }

    /** Get-or-create then apply, each attempt in a transaction of its own. */
    VersionedProfile update(long userId, ProfileEdit edit, Precondition precondition) {
        for (int attempt = 1; ; attempt++) {
            try {
                UserProfile profile = transaction.execute(status -> applyOnce(userId, edit, precondition));
                return new VersionedProfile(ProfileResponse.from(profile), profile.version());
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                if (precondition.isConditional() && e instanceof OptimisticLockingFailureException) {
                    throw new PreconditionFailedException();
                }
                if (e instanceof DataIntegrityViolationException && ownerIsGone(userId)) {
                    throw new ProfileOwnerGoneException(); // deleted after its token was checked
                }
                if (attempt == ATTEMPTS) {
                    throw new ProfileContendedException();
                }
            }
        }
    }

    private UserProfile applyOnce(long userId, ProfileEdit edit, Precondition precondition) {
        UserProfile profile = writes.findByUserIdForUpdate(userId).orElse(null);
        if (profile != null) {
            requireMatch(precondition, profile.version());
            if (profile.apply(edit)) {
                writes.update(profile);
            }
            return profile;
        }
        requireMatch(precondition, 0);
        profile = new UserProfile(userId);
        profile.apply(edit);
        profile.markCreatedByWrite();
        writes.insert(profile);
        return profile;
    }

    private boolean ownerIsGone(long userId) {
        return profiles.countUsers(userId) == 0;
    }

    private static void requireMatch(Precondition precondition, long version) {
        if (!precondition.matches(version)) {
            throw new PreconditionFailedException();
        }
    }
}
