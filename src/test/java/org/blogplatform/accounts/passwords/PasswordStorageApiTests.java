package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

abstract class PasswordStorageApiTests extends ApiTest {

    private static final String OWASP_ARGON2ID = "$argon2id$v=19$m=7168,t=5,p=1$";
    private static final String LEGACY_PASSWORD = "tr0ub4dor&3 from the python days";

    /** As passlib wrote them: bcrypt at cost 12, computed once for both databases. */
    private static String legacyCost12Hash;

    private static synchronized String legacyCost12Hash() {
        if (legacyCost12Hash == null) {
            legacyCost12Hash = BCrypt.hashpw(LEGACY_PASSWORD, BCrypt.gensalt(12));
        }
        return legacyCost12Hash;
    }

    /** Another bcrypt variant of the same hash: $2a$, $2b$ (passlib) and $2y$ (PHP) differ only in the prefix. */
    private static String withPrefix(String prefix, String bcrypt) {
        assertThat(bcrypt).startsWith("$2a$");
        return prefix + bcrypt.substring(4);
    }

    private String insertLegacyUser(String passwordHash) {
        String email = "legacy-" + UUID.randomUUID() + "@example.com";
        jdbc.update("insert into users (email, name, password_hash) values (?, 'Old Timer', ?)", email, passwordHash);
        return email;
    }

    private String storedHash(String email) {
        return jdbc.queryForObject("select password_hash from users where email = ?", String.class, email);
    }

    private Response signIn(String email, String password) {
        return api.postJson("/auth/token", Map.of("email", email, "password", password));
    }

    @Test
    void newPasswordsAreStoredAsArgon2idAtOwaspParameters() {
        Account account = api.newAccount();
        assertThat(storedHash(account.email())).startsWith(OWASP_ARGON2ID).doesNotContain(account.password());

        Response changed = api.changePassword(account.token(), account.password(), "another good one");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(storedHash(account.email())).startsWith(OWASP_ARGON2ID);
    }

    @Test
    void aPasslibBcryptHashSignsInAndIsReplacedByArgon2id() {
        String hash = withPrefix("$2b$", legacyCost12Hash());
        assertThat(hash).startsWith("$2b$12$");
        String email = insertLegacyUser(hash);

        assertProblem(signIn(email, "not the password"), 401);
        assertThat(storedHash(email)).as("a failed sign-in changes nothing").isEqualTo(hash);

        statements.reset();
        assertThat(signIn(email, LEGACY_PASSWORD).status()).isEqualTo(200);
        assertThat(statements.count())
                .as("the credential read and the hash upgrade")
                .isEqualTo(2);

        String upgraded = storedHash(email);
        assertThat(upgraded).startsWith(OWASP_ARGON2ID);
        assertThat(signIn(email, LEGACY_PASSWORD).status()).isEqualTo(200);
        assertThat(storedHash(email)).as("an Argon2id hash is kept as it is").isEqualTo(upgraded);
        assertProblem(signIn(email, "not the password"), 401);
    }

    @Test
    void phpStyleBcryptHashesSignInAndAreReplacedToo() {
        String email = insertLegacyUser(withPrefix("$2y$", BCrypt.hashpw(LEGACY_PASSWORD, BCrypt.gensalt(4))));

        assertThat(signIn(email.toUpperCase(), LEGACY_PASSWORD).status()).isEqualTo(200);

        assertThat(storedHash(email)).startsWith(OWASP_ARGON2ID);
        assertThat(signIn(email, LEGACY_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aLegacyPasswordOver72BytesVerifiesAsPasslibDidOnItsFirst72Bytes() {
        // 1 + 40 * 2 bytes: byte 72 is the first half of an 'é', which passlib hashed as it was
        String password = "a" + "é".repeat(40);
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(81);
        String hash = withPrefix("$2b$", BCrypt.hashpw(Arrays.copyOf(bytes, 72), BCrypt.gensalt(4)));
        String sameFirst72Bytes = "a" + "é".repeat(35) + "è" + "tail";
        String differentWithinThem = "b" + "é".repeat(40);

        String first = insertLegacyUser(hash);
        assertProblem(signIn(first, differentWithinThem), 401);
        assertThat(signIn(first, password).status()).isEqualTo(200);
        assertThat(storedHash(first)).startsWith(OWASP_ARGON2ID);
        assertThat(signIn(first, password).status()).isEqualTo(200);

        String second = insertLegacyUser(hash);
        assertThat(signIn(second, sameFirst72Bytes).status())
                .as("passlib ignored everything after byte 72")
                .isEqualTo(200);
    }
}

@OnH2
class PasswordStorageApiOnH2Test extends PasswordStorageApiTests {}

@OnPostgres
class PasswordStorageApiOnPostgresTest extends PasswordStorageApiTests {}
