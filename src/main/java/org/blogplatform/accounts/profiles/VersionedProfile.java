package org.blogplatform.accounts.profiles;

/** A profile and the version its ETag names. */
public record VersionedProfile(ProfileResponse profile, long version) {

    String etag() {
        return Precondition.etag(version);
    }
}
