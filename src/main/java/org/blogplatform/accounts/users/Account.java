package org.blogplatform.accounts.users;

/** An account as the recovery flows see it: whom to write to, and the hash a confirmation is checked against. */
public record Account(long id, String email, String name, boolean emailVerified, String passwordHash) {

    @Override
    public String toString() {
        return "Account[id=" + id + "]";
    }
}
