package org.blogplatform.accounts.users;

import java.time.Instant;
import org.blogplatform.accounts.profiles.ProfileResponse;

/** A user and their profile as one row of a left join; the profile columns are null when it has none. */
record UserView(
        long id,
        String name,
        String email,
        Long profileVersion,
        String bio,
        String avatarUrl,
        String websiteUrl,
        String twitter,
        String github,
        Instant updatedAt) {

    ProfileResponse profile() {
        return profileVersion == null
                ? null
                : new ProfileResponse(bio, avatarUrl, websiteUrl, twitter, github, updatedAt);
    }
}
