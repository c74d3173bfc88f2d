package org.blogplatform.accounts.recovery;

import java.util.Set;
import org.blogplatform.accounts.limits.RecoveryThrottle;
import org.blogplatform.accounts.users.Account;
import org.blogplatform.accounts.users.AccountEmails;
import org.blogplatform.accounts.users.PasswordChanged;
import org.blogplatform.accounts.users.UserNotFoundException;
import org.blogplatform.accounts.users.UserRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Proving an address: the link sent at registration or on request, and the link of an email change. */
@Service
public class EmailVerification {

    private static final Set<TokenPurpose> VERIFYING =
            Set.of(TokenPurpose.EMAIL_VERIFICATION, TokenPurpose.EMAIL_CHANGE);

    private final AccountEmails accounts;
    private final AccountTokens tokens;
    private final RecoveryMails mails;
    private final RecoveryThrottle throttle;

    EmailVerification(AccountEmails accounts, AccountTokens tokens, RecoveryMails mails, RecoveryThrottle throttle) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.throttle = throttle;
    }

    /** Runs in the registration's transaction: no account without its verification mail, and no mail without it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void registered(UserRegistered user) {
        sendLink(user.userId(), user.email(), user.name());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void passwordChanged(PasswordChanged change) {
        tokens.voidAfterPasswordChange(change.userId());
    }

    @Transactional
    public void resendVerification(long userId) {
        Account account = accounts.findById(userId).orElseThrow(UserNotFoundException::new);
        if (account.emailVerified()) {
            throw new AlreadyVerifiedException();
        }
        throttle.verificationMail(userId);
        sendLink(account.id(), account.email(), account.name());
    }

    /** Refuses a link that would not be taken, without using it up. */
    @Transactional(readOnly = true)
    public void checkLink(String token) {
        tokens.find(token, VERIFYING).orElseThrow(InvalidLinkException::new);
    }

    /** Takes a verification link's token, or an email change's, which moves the account to the new address. */
    @Transactional
    public void verifyEmail(String token) {
        AccountTokens.LiveToken live = tokens.use(token, VERIFYING).orElseThrow(InvalidLinkException::new);
        boolean done = live.purpose() == TokenPurpose.EMAIL_CHANGE
                ? accounts.changeEmail(live.userId(), live.email())
                : accounts.markVerified(live.userId(), live.email());
        if (!done) {
            throw new InvalidLinkException(); // the account is gone, or no longer has the address the link was sent to
        }
        tokens.voidUnused(live.userId(), TokenPurpose.EMAIL_VERIFICATION);
    }

    private void sendLink(long userId, String email, String name) {
        LinkToken token = LinkToken.generate();
        tokens.voidUnused(userId, TokenPurpose.EMAIL_VERIFICATION);
        tokens.save(token, userId, TokenPurpose.EMAIL_VERIFICATION, email);
        mails.queue(email, "Confirm your email address", mails.verification(name, token));
    }
}
