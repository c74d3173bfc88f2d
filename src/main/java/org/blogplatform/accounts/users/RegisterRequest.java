package org.blogplatform.accounts.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.blogplatform.accounts.validation.CodePoints;
import org.blogplatform.accounts.validation.PlainText;

record RegisterRequest(
        @NotBlank @Email @CodePoints(max = 255) @PlainText String email,
        @NotBlank @CodePoints(min = 1, max = 100) @PlainText String name,

        @NotNull @CodePoints(min = 8, max = 128) @PlainText(multiline = true)
        String password) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", name=" + name + ", password=***]";
    }
}
