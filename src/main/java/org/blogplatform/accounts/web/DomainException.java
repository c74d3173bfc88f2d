package org.blogplatform.accounts.web;

/**
 * A request the domain refuses, raised by a service in its own words. The service says what kind of refusal it
 * is; {@link ProblemHandler} alone decides which HTTP status each kind becomes.
 */
public abstract class DomainException extends RuntimeException {

    public enum Kind {
        /** What the request names does not exist (any more). */
        NOT_FOUND,
        /** The request contradicts the current state, e.g. a taken email or a concurrent change. */
        CONFLICT,
        /** The caller proved something wrong, e.g. the current password. */
        DENIED,
        /** The caller's precondition (an ETag it read) no longer holds. */
        STALE,
        /** The request is well-formed JSON but not of a shape this operation can take. */
        MALFORMED
    }

    private final Kind kind;

    protected DomainException(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
