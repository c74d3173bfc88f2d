package org.blogplatform.accounts.profiles;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** An {@code If-Match} header: absent or {@code *} matches any version, otherwise one of the listed ETags. */
record Precondition(@Nullable Set<String> etags) {

    static final Precondition NONE = new Precondition(null);

    /** RFC 9110's entity-tag list: each tag quoted, optionally weak ({@code W/"3"}). */
    private static final Pattern ETAG_LIST = Pattern.compile("\\s*(W/)?\"[^\"]*\"\\s*(,\\s*(W/)?\"[^\"]*\"\\s*)*");

    static Precondition ifMatch(@Nullable String header) {
        requireWellFormed(HttpHeaders.IF_MATCH, header);
        if (header == null || header.strip().equals("*")) {
            return NONE;
        }
        return new Precondition(
                Arrays.stream(header.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()));
    }

    /** Absent, {@code *} or a list of quoted ETags; anything else is a malformed request, not a mismatch. */
    static void requireWellFormed(String name, @Nullable String header) {
        if (header != null
                && !header.strip().equals("*")
                && !ETAG_LIST.matcher(header).matches()) {
            throw new MalformedEtagException(name);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    boolean isConditional() {
        return etags != null;
    }

    boolean matches(long version) {
        return etags == null || etags.contains(etag(version));
    }
}
