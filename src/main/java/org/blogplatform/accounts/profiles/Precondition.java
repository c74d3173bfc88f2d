package org.blogplatform.accounts.profiles;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** An {@code If-Match} header: absent or {@code *} matches any version, otherwise one of the listed ETags. */
record Precondition(Set<String> etags) {

    static final Precondition NONE = new Precondition(null);

    static Precondition ifMatch(String header) {
        if (header == null || header.strip().equals("*")) {
            return NONE;
        }
        return new Precondition(
                Arrays.stream(header.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()));
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
