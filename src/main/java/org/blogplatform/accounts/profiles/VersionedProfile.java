package org.blogplatform.accounts.profiles;

record VersionedProfile(ProfileResponse profile, long version) {

    String etag() {
        return Precondition.etag(version);
    }
}
