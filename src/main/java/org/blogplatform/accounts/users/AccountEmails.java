package org.blogplatform.accounts.users;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What proving control of an email may read and change of an account: single-statement updates that run in the
 * caller's transaction, so each commits together with the token it consumes.
 */
@Repository
public class AccountEmails {

    private static final String ACCOUNT = "select id, email, name, email_verified, password_hash from users ";

    private final JdbcClient jdbc;

    AccountEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.sql(ACCOUNT + "where email = :email")
                .param("email", Emails.normalize(email))
                .query(AccountEmails::account)
                .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(ACCOUNT + "where id = :id")
                .param("id", id)
                .query(AccountEmails::account)
                .optional();
    }

    public boolean isTaken(String email) {
        return jdbc.sql("select count(*) from users where email = :email")
                        .param("email", Emails.normalize(email))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A reset: the new hash, and the address proven by the link. */
    public boolean resetPassword(long id, String newHash) {
        return jdbc.sql("update users set password_hash = :hash, email_verified = true where id = :id")
                        .param("hash", newHash)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Only while the account still has the address the link was sent to. */
    public boolean markVerified(long id, String email) {
        return jdbc.sql("update users set email_verified = true where id = :id and email = :email")
                        .param("id", id)
                        .param("email", email)
                        .update()
                == 1;
    }

    /** @throws EmailTakenException when another account has the address by now */
    public boolean changeEmail(long id, String newEmail) {
        try {
            return jdbc.sql("update users set email = :email, email_verified = true where id = :id")
                            .param("email", newEmail)
                            .param("id", id)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getBoolean("email_verified"),
                rs.getString("password_hash"));
    }
}
