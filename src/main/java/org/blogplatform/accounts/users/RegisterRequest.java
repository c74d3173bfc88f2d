package org.blogplatform.accounts.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.blogplatform.accounts.validation.PlainText;
import org.hibernate.validator.constraints.CodePointLength;

record RegisterRequest(
        @NotBlank @Email @CodePointLength(max = 255) @PlainText
        String email,

        @NotBlank @CodePointLength(max = 100) @PlainText String name,

        @NotNull @CodePointLength(min = 8, max = 128) @PlainText(multiline = true)
        String password) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", name=" + name + ", password=***]";
    }
}
