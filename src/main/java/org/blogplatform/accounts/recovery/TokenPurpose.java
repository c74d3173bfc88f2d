package org.blogplatform.accounts.recovery;

import java.time.Duration;

enum TokenPurpose {
    PASSWORD_RESET(Duration.ofHours(1)),
    EMAIL_VERIFICATION(Duration.ofHours(48)),
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static TokenPurpose ofColumn(String column) {
        return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }
}
