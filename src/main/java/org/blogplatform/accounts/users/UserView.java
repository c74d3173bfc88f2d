package org.blogplatform.accounts.users;

import java.time.Instant;
import org.blogplatform.accounts.profiles.ProfileResponse;
import org.jspecify.annotations.Nullable;

/** A user and their profile as one row of a left join; the profile columns are null when it has none. */
record UserView(
        long id,
        String name,
        String email,
        @Nullable Long profileVersion,
        @Nullable String bio,
        @Nullable String avatarUrl,
        @Nullable String websiteUrl,
        @Nullable String twitter,
        @Nullable String github,
        @Nullable Instant updatedAt) {

    @Nullable
    ProfileResponse profile() {
        return profileVersion == null
                ? null
                : new ProfileResponse(bio, avatarUrl, websiteUrl, twitter, github, updatedAt);
    }
}
