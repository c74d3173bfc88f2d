package org.blogplatform.accounts.sessions;

import java.util.UUID;

public record LiveSession(UUID id, long userId) {}
