package org.blogplatform.accounts.users;

/** Published inside the registration's transaction, so what listeners write commits or rolls back with it. */
public record UserRegistered(long userId, String email, String name) {}
