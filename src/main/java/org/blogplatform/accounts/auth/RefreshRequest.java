package org.blogplatform.accounts.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** RFC 6749 §6 as JSON: {@code {"grant_type": "refresh_token", "refresh_token": "..."}}. */
record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken) implements TokenGrant {

    @Override
    public String toString() {
        return "RefreshRequest[refresh_token=***]";
    }
}
