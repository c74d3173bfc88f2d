package org.blogplatform.accounts.users;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.blogplatform.accounts.passwords.PasswordHasher;
import org.blogplatform.accounts.passwords.PasswordPolicy;
import org.blogplatform.accounts.profiles.ProfileService;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.web.InvalidField;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts; registration creates the account's empty profile in the same transaction. Password hashing happens
 * before a transaction starts (through {@link TransactionTemplate}), so no database connection is held while a hash
 * is computed.
 */
@Service
public class UserService {

    private final UserRepository users;
    private final UserViews views;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final ProfileService profiles;
    private final TransactionTemplate transaction;
    private final PasswordConfirmation confirmation;
    private final SessionService sessions;
    private final ApplicationEventPublisher events;

    UserService(
            UserRepository users,
            UserViews views,
            ProfileService profiles,
            PasswordHasher hasher,
            PasswordPolicy policy,
            PlatformTransactionManager transactionManager,
            PasswordConfirmation confirmation,
            SessionService sessions,
            ApplicationEventPublisher events) {
        this.users = users;
        this.views = views;
        this.profiles = profiles;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.confirmation = confirmation;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    public UserResponse register(RegisterRequest request) {
        requireAcceptable("password", request.password(), request.email(), request.name());
        String email = Emails.normalizeNew("email", request.email());
        String hash = hasher.hash(request.password());
        try {
            return transaction.execute(status -> {
                User user = users.save(new User(email, request.name(), hash));
                events.publishEvent(new UserRegistered(user.id(), email, user.name()));
                return UserResponse.from(user, profiles.createEmpty(user.id()));
            });
        } catch (DataIntegrityViolationException e) {
            if (violates(e, "uk_users_email")) {
                throw new EmailTakenException();
            }
            if (violates(e, "ck_users_email_lower_case")) {
                // the database lower-cases a letter that this JVM's Unicode tables do not know
                throw new InvalidField("email", "contains characters that cannot be compared case-insensitively");
            }
            throw e;
        }
    }

    /** One statement, so no transaction: see {@link UserViews}. */
    public UserResponse find(long id, boolean withEmail) {
        return views.byId(id).map(view -> UserResponse.from(view, withEmail)).orElseThrow(UserNotFoundException::new);
    }

    public DirectoryPage directory(long after, int limit) {
        List<UserView> rows = views.after(after, limit + 1);
        List<UserResponse> items = rows.stream()
                .limit(limit)
                .map(view -> UserResponse.from(view, false))
                .toList();
        String next = rows.size() > limit ? String.valueOf(items.get(limit - 1).id()) : null;
        return new DirectoryPage(items, next);
    }

    @Transactional
    public UserResponse rename(long id, String name) {
        if (users.rename(id, name) == 0) {
            throw new UserNotFoundException();
        }
        return find(id, true);
    }

    /** The pages' deletion, confirmed by the password. */
    public void delete(long id, String password) {
        confirmation.confirm(id, password);
        transaction.executeWithoutResult(status -> delete(id));
    }

    @Transactional
    void delete(long id) {
        if (users.deleteUser(id) == 0) {
            throw new UserNotFoundException();
        }
    }

    /** The caller's session stays signed in; every other session of the user ends. */
    public void changePassword(long id, UUID callerSession, PasswordChange change) {
        Account user = confirmation.confirm(id, change.currentPassword());
        requireAcceptable("new_password", change.newPassword(), user.email(), user.name());
        String newHash = hasher.hash(change.newPassword());
        Integer changed = transaction.execute(status -> {
            int rows = users.replaceHash(id, user.passwordHash(), newHash);
            if (rows == 1) {
                sessions.revokeOthers(id, callerSession);
                events.publishEvent(new PasswordChanged(id));
            }
            return rows;
        });
        if (changed == null || changed == 0) {
            throw new PasswordChangedMeanwhileException();
        }
    }

    private void requireAcceptable(String field, String password, String email, String name) {
        policy.objection(password, email, name).ifPresent(reason -> {
            throw new InvalidField(field, reason);
        });
    }

    private static boolean violates(DataIntegrityViolationException e, String constraint) {
        return e.getCause() instanceof ConstraintViolationException violation
                && violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint);
    }
}
