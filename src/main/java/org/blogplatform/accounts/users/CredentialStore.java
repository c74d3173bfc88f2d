package org.blogplatform.accounts.users;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What authentication may read and write of a user: credentials, never the entity. */
@Service
public class CredentialStore {

    private final UserRepository users;

    CredentialStore(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<StoredCredentials> findByEmail(String email) {
        return users.findCredentialsByEmail(Emails.normalize(email));
    }

    /** Swaps in a stronger hash of the same password, unless the password changed meanwhile. */
    @Transactional
    public void upgradeHash(long userId, String oldHash, String newHash) {
        users.replaceHash(userId, oldHash, newHash);
    }
}
