package org.blogplatform.accounts.profiles;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What one write does to each editable profile field: keep it, clear it, or set it. */
record ProfileEdit(Change bio, Change avatarUrl, Change websiteUrl, Change twitter, Change github) {

    record Change(boolean touched, @Nullable String value) {
        static final Change KEEP = new Change(false, null);

        @Nullable
        String applyTo(@Nullable String current) {
            return touched ? value : current;
        }

        static Change setIfGiven(@Nullable String value) {
            return value == null ? KEEP : new Change(true, value);
        }

        static Change mergePatch(@Nullable String value, boolean present) {
            return present ? new Change(true, value) : KEEP;
        }
    }

    /** PUT, as in the seed: fields that are null or omitted stay as they are. */
    static ProfileEdit settingGiven(ProfileFields fields) {
        return new ProfileEdit(
                Change.setIfGiven(fields.bio()),
                Change.setIfGiven(fields.avatarUrl()),
                Change.setIfGiven(fields.websiteUrl()),
                Change.setIfGiven(fields.twitter()),
                Change.setIfGiven(fields.github()));
    }

    /** JSON Merge Patch (RFC 7396): an absent member stays, a null member is cleared, a value is set. */
    static ProfileEdit mergePatch(ProfileFields fields, Set<String> presentMembers) {
        return new ProfileEdit(
                Change.mergePatch(fields.bio(), presentMembers.contains("bio")),
                Change.mergePatch(fields.avatarUrl(), presentMembers.contains("avatar_url")),
                Change.mergePatch(fields.websiteUrl(), presentMembers.contains("website_url")),
                Change.mergePatch(fields.twitter(), presentMembers.contains("twitter")),
                Change.mergePatch(fields.github(), presentMembers.contains("github")));
    }
}
