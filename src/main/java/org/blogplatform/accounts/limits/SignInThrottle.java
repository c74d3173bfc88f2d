package org.blogplatform.accounts.limits;

import org.springframework.stereotype.Component;

/**
 * At most N failed sign-ins per account in the window. Every attempt takes a token before the password is
 * checked, so concurrent guesses cannot overshoot, and a successful one gives it back. Once the tokens are
 * gone, the answer is 429 whatever the password — it reveals nothing about it.
 */
@Component
public class SignInThrottle {

    private final Buckets failures;

    SignInThrottle(LimitProperties limits) {
        this.failures = new Buckets(limits.signInFailures(), limits.signInFailureWindow());
    }

    /** @param account the email as stored: case-folded */
    public void beginAttempt(String account) {
        failures.take(account, "Too many failed sign-ins for this account");
    }

    public void succeeded(String account) {
        failures.giveBack(account);
    }
}
