package org.blogplatform.accounts.users;

/** What sign-in needs of a user, and nothing more. */
public record StoredCredentials(long userId, String passwordHash, boolean emailVerified) {}
