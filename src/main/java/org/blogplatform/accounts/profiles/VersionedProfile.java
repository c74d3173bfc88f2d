package org.blogplatform.accounts.users;

record VersionedProfile(ProfileResponse profile, long version) {

    String etag() {
        return Precondition.etag(version);
    }
}
