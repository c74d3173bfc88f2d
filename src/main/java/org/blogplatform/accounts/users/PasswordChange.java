package org.blogplatform.accounts.users;

import jakarta.validation.constraints.NotNull;
import org.blogplatform.accounts.validation.PlainText;
import org.hibernate.validator.constraints.CodePointLength;

public record PasswordChange(
        @NotNull @CodePointLength(max = 128) String currentPassword,

        @NotNull @CodePointLength(min = 8, max = 128) @PlainText(multiline = true)
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
