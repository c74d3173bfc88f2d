package org.blogplatform.accounts.users;

import java.util.Locale;

public final class Emails {

    private Emails() {}

    /** Emails are compared case-insensitively, so they are stored and looked up in this one form. */
    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
