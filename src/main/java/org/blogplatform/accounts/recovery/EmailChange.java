package org.blogplatform.accounts.recovery;

import org.blogplatform.accounts.limits.RecoveryThrottle;
import org.blogplatform.accounts.users.Account;
import org.blogplatform.accounts.users.AccountEmails;
import org.blogplatform.accounts.users.EmailTakenException;
import org.blogplatform.accounts.users.Emails;
import org.blogplatform.accounts.users.PasswordConfirmation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An email change waits for the new address to be proven: a link goes there, a notice to the old address, and
 * the account moves only when the link's token is posted to /auth/verify-email. A wrong password counts against
 * the same failure budget as sign-in.
 */
@Service
public class EmailChange {

    private final AccountEmails accounts;
    private final AccountTokens tokens;
    private final RecoveryMails mails;
    private final PasswordConfirmation confirmation;
    private final RecoveryThrottle throttle;
    private final TransactionTemplate transaction;

    EmailChange(
            AccountEmails accounts,
            AccountTokens tokens,
            RecoveryMails mails,
            PasswordConfirmation confirmation,
            RecoveryThrottle throttle,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.confirmation = confirmation;
        this.throttle = throttle;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public void requestEmailChange(long userId, String newEmail, String currentPassword) {
        Account account = confirmation.confirm(userId, currentPassword);
        String address = Emails.normalizeNew("new_email", newEmail);
        if (address.equals(account.email()) || accounts.isTaken(address)) {
            throw new EmailTakenException();
        }
        throttle.verificationMail(userId);
        LinkToken token = LinkToken.generate();
        var confirmation = mails.emailChange(account.name(), address, token);
        var notice = mails.emailChangeNotice(account.name(), address);
        transaction.executeWithoutResult(status -> {
            tokens.voidUnused(userId, TokenPurpose.EMAIL_CHANGE);
            tokens.save(token, userId, TokenPurpose.EMAIL_CHANGE, address);
            mails.queue(address, "Confirm your new email address", confirmation);
            mails.queue(account.email(), "Your email address is being changed", notice);
        });
    }
}
