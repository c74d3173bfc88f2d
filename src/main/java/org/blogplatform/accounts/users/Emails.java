package org.blogplatform.accounts.users;

import java.util.Locale;
import org.blogplatform.accounts.web.InvalidField;

public final class Emails {

    private static final int MAX_LENGTH = 255;

    private Emails() {}

    /** Emails are compared case-insensitively, so they are stored and looked up in this one form. */
    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The form a new address is stored in; lower-casing can lengthen a string past the column. */
    public static String normalizeNew(String field, String email) {
        String normalized = normalize(email);
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new InvalidField(field, "is longer than " + MAX_LENGTH + " characters once lower-cased");
        }
        return normalized;
    }
}
