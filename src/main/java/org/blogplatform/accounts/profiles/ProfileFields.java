package org.blogplatform.accounts.profiles;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Pattern;
import org.blogplatform.accounts.validation.PlainText;
import org.blogplatform.accounts.validation.WebUrl;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The editable profile fields of a PUT or PATCH body. {@code \w} in the seed's patterns is Python's
 * Unicode-aware one: letters, numbers and the underscore. {@code updated_at}, which a client may send back from
 * the profile it read, is ignored; any other unknown field is refused.
 */
@JsonIgnoreProperties("updated_at")
record ProfileFields(
        @CodePointLength(max = 500) @PlainText(multiline = true) @Nullable
        String bio,

        @CodePointLength(max = 500) @WebUrl @PlainText @Nullable
        String avatarUrl,

        @CodePointLength(max = 500) @WebUrl @PlainText @Nullable
        String websiteUrl,

        @CodePointLength(max = 50)
        @Pattern(regexp = "@?[\\p{L}\\p{N}_]+", message = "must be letters, digits or _, optionally after @")
        @Nullable
        String twitter,

        @CodePointLength(max = 50)
        @Pattern(regexp = "[\\p{L}\\p{N}_-]+", message = "must be letters, digits, _ or -")
        @Nullable
        String github) {}
