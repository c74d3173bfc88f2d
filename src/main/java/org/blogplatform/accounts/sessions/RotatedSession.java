package org.blogplatform.accounts.sessions;

/** The outcome of a refresh: whose session it is, and its new refresh token. */
public record RotatedSession(long userId, StartedSession session) {}
