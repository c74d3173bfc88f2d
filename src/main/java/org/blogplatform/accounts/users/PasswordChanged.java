package org.blogplatform.accounts.users;

/** Published inside the transaction that changed the password. */
public record PasswordChanged(long userId) {}
