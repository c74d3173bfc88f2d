package org.blogplatform.accounts.users;

/** What sign-in and token checks need of a user, and nothing more. */
public record StoredCredentials(long userId, String passwordHash, int tokenVersion, boolean emailVerified) {}
