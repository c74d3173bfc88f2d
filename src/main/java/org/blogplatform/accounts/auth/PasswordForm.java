package org.blogplatform.accounts.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The OAuth2 password grant as Swagger UI's Authorize button sends it; the username is the email. */
record PasswordForm(
        @NotBlank @Size(max = 320) String username,
        @NotNull @Size(max = 512) String password) {

    @Override
    public String toString() {
        return "PasswordForm[username=" + username + ", password=***]";
    }
}
