package org.blogplatform.accounts.users;

import java.time.Instant;

record ProfileResponse(
        String bio, String avatarUrl, String websiteUrl, String twitter, String github, Instant updatedAt) {

    static ProfileResponse from(UserProfile profile) {
        return new ProfileResponse(
                profile.bio(),
                profile.avatarUrl(),
                profile.websiteUrl(),
                profile.twitter(),
                profile.github(),
                profile.updatedAt());
    }

    static ProfileResponse from(UserView view) {
        if (view.profileVersion() == null) {
            return null;
        }
        return new ProfileResponse(
                view.bio(), view.avatarUrl(), view.websiteUrl(), view.twitter(), view.github(), view.updatedAt());
    }

    static ProfileResponse empty() {
        return new ProfileResponse(null, null, null, null, null, null);
    }
}
