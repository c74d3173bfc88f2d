package org.blogplatform.accounts.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.BindParam;

/** RFC 6749 §6: {@code grant_type=refresh_token&refresh_token=...}. A record, so the token never reaches a log. */
record RefreshForm(
        @BindParam("refresh_token") @NotBlank @Size(max = 512)
        String refreshToken) {

    @Override
    public String toString() {
        return "RefreshForm[refresh_token=***]";
    }
}
