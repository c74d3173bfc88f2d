package org.blogplatform.accounts.passwords;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Beyond length (checked on the request): not one of the 30,000 most common passwords (zxcvbn's list,
 * checked offline), and not the account's own email or name.
 */
@Component
public class PasswordPolicy {

    private final Set<String> common;

    PasswordPolicy() {
        try {
            common = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(PasswordPolicy::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common password list is missing", e);
        }
    }

    /** Why this password may not be used, or empty when it may. */
    public Optional<String> objection(String password, String email, String name) {
        String folded = fold(password);
        if (common.contains(folded)) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        if (folded.equals(fold(email)) || folded.equals(fold(name))) {
            return Optional.of("must not be your email or your name");
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
