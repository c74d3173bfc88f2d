package org.blogplatform.accounts.web;

/** A 422 for one field whose problem only the service can see (e.g. a password too common to use). */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
