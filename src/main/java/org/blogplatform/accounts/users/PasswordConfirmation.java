package org.blogplatform.accounts.users;

import org.blogplatform.accounts.limits.SignInThrottle;
import org.blogplatform.accounts.passwords.PasswordHasher;
import org.springframework.stereotype.Component;

/**
 * A change confirmed by the account's current password is a password check too: a wrong one spends the
 * account's sign-in failure budget, as a sign-in would. The account is read in one statement outside any
 * transaction, so no database connection is held while the hash is checked.
 */
@Component
public class PasswordConfirmation {

    private final AccountEmails accounts;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;

    PasswordConfirmation(AccountEmails accounts, SignInThrottle throttle, PasswordHasher hasher) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
    }

    public Account confirm(long userId, String password) {
        Account account = accounts.findById(userId).orElseThrow(UserNotFoundException::new);
        throttle.beginAttempt(account.email());
        if (!hasher.matches(password, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        throttle.succeeded(account.email());
        return account;
    }
}
