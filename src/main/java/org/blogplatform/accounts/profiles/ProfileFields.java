package org.blogplatform.accounts.profiles;

import jakarta.validation.constraints.Pattern;
import org.blogplatform.accounts.validation.CodePoints;
import org.blogplatform.accounts.validation.PlainText;
import org.blogplatform.accounts.validation.WebUrl;

/**
 * The editable profile fields of a PUT or PATCH body. {@code \w} in the seed's patterns is Python's
 * Unicode-aware one: letters, numbers and the underscore.
 */
record ProfileFields(
        @CodePoints(max = 500) @PlainText(multiline = true) String bio,
        @CodePoints(max = 500) @WebUrl @PlainText String avatarUrl,
        @CodePoints(max = 500) @WebUrl @PlainText String websiteUrl,

        @CodePoints(max = 50)
        @Pattern(regexp = "@?[\\p{L}\\p{N}_]+", message = "must be letters, digits or _, optionally after @")
        String twitter,

        @CodePoints(max = 50) @Pattern(regexp = "[\\p{L}\\p{N}_-]+", message = "must be letters, digits, _ or -")
        String github) {}
