package org.blogplatform.accounts.sessions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SessionView(
        UUID id,
        Instant createdAt,
        Instant lastUsedAt,
        @Nullable String userAgent,
        @Nullable String clientAddress,
        boolean current) {}
