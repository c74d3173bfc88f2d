package org.blogplatform.accounts.users;

import jakarta.validation.constraints.NotNull;
import org.blogplatform.accounts.validation.CodePoints;
import org.blogplatform.accounts.validation.PlainText;

record PasswordChange(
        @NotNull @CodePoints(max = 128) String currentPassword,

        @NotNull @CodePoints(min = 8, max = 128) @PlainText(multiline = true)
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
