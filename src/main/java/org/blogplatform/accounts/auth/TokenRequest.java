package org.blogplatform.accounts.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON form of a sign-in. Lengths are capped generously only to keep hostile input cheap. */
record TokenRequest(
        @NotBlank @Size(max = 320) String email,
        @NotNull @Size(max = 512) String password) implements TokenGrant {

    @Override
    public String toString() {
        return "TokenRequest[email=" + email + ", password=***]";
    }
}
