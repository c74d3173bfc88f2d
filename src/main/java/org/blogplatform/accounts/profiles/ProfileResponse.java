package org.blogplatform.accounts.profiles;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A profile as every reader sees it; published so a user's representation can carry it. */
public record ProfileResponse(
        @Nullable String bio,
        @Nullable String avatarUrl,
        @Nullable String websiteUrl,
        @Nullable String twitter,
        @Nullable String github,
        @Nullable Instant updatedAt) {

    static ProfileResponse from(UserProfile profile) {
        return new ProfileResponse(
                profile.bio(),
                profile.avatarUrl(),
                profile.websiteUrl(),
                profile.twitter(),
                profile.github(),
                profile.updatedAt());
    }

    static ProfileResponse empty() {
        return new ProfileResponse(null, null, null, null, null, null);
    }
}
