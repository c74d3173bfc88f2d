package org.blogplatform.accounts.auth;

import java.util.Optional;
import org.blogplatform.accounts.limits.SignInThrottle;
import org.blogplatform.accounts.passwords.PasswordHasher;
import org.blogplatform.accounts.sessions.RotatedSession;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.users.CredentialStore;
import org.blogplatform.accounts.users.Emails;
import org.blogplatform.accounts.users.StoredCredentials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * Not transactional on purpose: the credential read and the hash upgrade each take a connection briefly, and
 * the password check in between holds none.
 */
@Service
public class SignIn {

    private final CredentialStore credentials;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final SignInThrottle throttle;
    private final SessionService sessions;

    private final boolean requireVerifiedEmail;

    SignIn(
            CredentialStore credentials,
            PasswordHasher hasher,
            TokenIssuer tokens,
            SignInThrottle throttle,
            SessionService sessions,
            @Value("${accounts.require-verified-email}") boolean requireVerifiedEmail) {
        this.requireVerifiedEmail = requireVerifiedEmail;
        this.credentials = credentials;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** The refresh grant: the session's refresh token is rotated, and a new access token issued. */
    TokenResponse refresh(String refreshToken) {
        RotatedSession rotated = sessions.refresh(refreshToken);
        return tokens.issue(rotated.userId(), rotated.session());
    }

    TokenResponse signIn(String email, String password, Client client) {
        long userId = verify(email, password);
        return tokens.issue(userId, sessions.start(userId, client.userAgent(), client.address()));
    }

    /**
     * A password sign-in's check, for the token endpoint and the pages alike: the account's failure throttle,
     * the same work for an unknown email, and a hash upgrade when due.
     *
     * @return the user's id
     * @throws BadCredentialsException for a wrong email or password alike
     */
    public long verify(String email, String password) {
        String account = Emails.normalize(email);
        throttle.beginAttempt(account);
        Optional<StoredCredentials> found = credentials.findByEmail(account);
        if (found.isEmpty()) {
            hasher.matchAgainstDummy(password);
            throw badCredentials();
        }
        StoredCredentials user = found.get();
        if (!hasher.matches(password, user.passwordHash())) {
            throw badCredentials();
        }
        throttle.succeeded(account);
        if (requireVerifiedEmail && !user.emailVerified()) {
            throw new EmailNotVerifiedException();
        }
        if (hasher.needsRehash(user.passwordHash())) {
            credentials.upgradeHash(user.userId(), user.passwordHash(), hasher.hash(password));
        }
        return user.userId();
    }

    private static BadCredentialsException badCredentials() {
        return new BadCredentialsException("bad credentials");
    }
}
