package org.blogplatform.accounts.pages;

import org.jspecify.annotations.Nullable;

/**
 * Forms that carry a password as it was typed: sign-in, and the confirmation of a deletion. Handler arguments reach
 * trace logs, so the password never appears in toString.
 */
final class PasswordFields {

    private PasswordFields() {}

    record SignInForm(@Nullable String email, @Nullable String password) {

        String emailOrEmpty() {
            return email == null ? "" : email;
        }

        String passwordOrEmpty() {
            return password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "SignInForm[email=" + email + ", password=***]";
        }
    }

    record Confirmation(@Nullable String password) {

        String passwordOrEmpty() {
            return password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Confirmation[password=***]";
        }
    }
}
