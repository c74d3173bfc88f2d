package org.blogplatform.accounts.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or weak signing secret into one line saying what to set, instead of a stack trace. */
class MissingJwtSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingJwtSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingJwtSecretException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set ACCOUNTS_JWT_SECRET to a random value of at least 32 bytes, e.g. $(openssl rand -base64 48)",
                cause);
    }
}
