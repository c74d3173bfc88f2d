package org.blogplatform.accounts.auth;

class MissingJwtSecretException extends RuntimeException {

    MissingJwtSecretException(String message) {
        super(message, null, false, false);
    }
}
