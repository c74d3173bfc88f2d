package org.blogplatform.accounts.recovery;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.blogplatform.accounts.limits.RecoveryThrottle;
import org.blogplatform.accounts.passwords.PasswordHasher;
import org.blogplatform.accounts.passwords.PasswordPolicy;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.users.Account;
import org.blogplatform.accounts.users.AccountEmails;
import org.blogplatform.accounts.users.Emails;
import org.blogplatform.accounts.web.ApiProblem;
import org.blogplatform.accounts.web.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by a mailed link. A request is answered before the account is even looked up: the lookup, the
 * token and the mail happen on a background thread, so an unknown address and a known one cost the caller the
 * same work and the same time.
 */
@Service
public class PasswordReset implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);
    private static final Set<TokenPurpose> RESETTING = Set.of(TokenPurpose.PASSWORD_RESET);

    private final AccountEmails accounts;
    private final AccountTokens tokens;
    private final RecoveryMails mails;
    private final RecoveryThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final TransactionTemplate transaction;
    private final ThreadPoolExecutor requests = new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), task -> new Thread(task, "password-reset"));

    PasswordReset(
            AccountEmails accounts,
            AccountTokens tokens,
            RecoveryMails mails,
            RecoveryThrottle throttle,
            PasswordPolicy policy,
            PasswordHasher hasher,
            SessionService sessions,
            PlatformTransactionManager transactionManager) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.throttle = throttle;
        this.policy = policy;
        this.hasher = hasher;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Mails a reset link if an account has this address; the caller can never tell whether one does. */
    public void requestReset(String email, String clientAddress) {
        throttle.perAddress("password-reset", clientAddress);
        String address = Emails.normalize(email);
        if (!throttle.mailAllowed(address)) {
            return;
        }
        try {
            requests.execute(() -> {
                try {
                    accounts.findByEmail(address).ifPresent(this::sendLink);
                } catch (RuntimeException e) {
                    log.warn("Password reset link not queued: {}", e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Too many reset requests right now; try again");
        }
    }

    /** Refuses a link that would not be taken, without using it up: the page asks before a new password is typed. */
    @Transactional(readOnly = true)
    public void checkLink(String token) {
        tokens.find(token, RESETTING).orElseThrow(InvalidLinkException::new);
    }

    public void confirmReset(String token, String newPassword) {
        Account account = tokens.find(token, RESETTING)
                .flatMap(live -> accounts.findById(live.userId()))
                .orElseThrow(InvalidLinkException::new);
        policy.objection(newPassword, account.email(), account.name()).ifPresent(reason -> {
            throw new InvalidField("new_password", reason);
        });
        String hash = hasher.hash(newPassword);
        transaction.executeWithoutResult(status -> {
            Optional<AccountTokens.LiveToken> used = tokens.use(token, RESETTING);
            if (used.isEmpty() || used.get().userId() != account.id() || !accounts.resetPassword(account.id(), hash)) {
                throw new InvalidLinkException();
            }
            tokens.voidAfterPasswordChange(account.id());
            sessions.revokeAll(account.id());
        });
    }

    private void sendLink(Account account) {
        LinkToken token = LinkToken.generate();
        var mail = mails.passwordReset(account.name(), token);
        transaction.executeWithoutResult(status -> {
            tokens.voidUnused(account.id(), TokenPurpose.PASSWORD_RESET);
            tokens.save(token, account.id(), TokenPurpose.PASSWORD_RESET, account.email());
            mails.queue(account.email(), "Reset your password", mail);
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
    }
}
