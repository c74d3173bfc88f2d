package org.blogplatform.accounts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.blogplatform.accounts.support.BeanValidation;
import org.hibernate.validator.constraints.CodePointLength;
import org.junit.jupiter.api.Test;

/** One plain message per field and problem, in the words the API answers with. */
class ValidationMessagesTest {

    private static final Validator validator = BeanValidation.validator();

    record Form(
            @NotBlank @CodePointLength(max = 5) String name,
            @NotNull @CodePointLength(min = 3, max = 8) String secret,
            @CodePointLength(max = 500) String bio) {}

    private static List<String> messages(Form form, String field) {
        return validator.validate(form).stream()
                .filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void aMissingValueIsRequired() {
        Form form = new Form(null, null, null);
        assertThat(messages(form, "name")).containsExactly("is required");
        assertThat(messages(form, "secret")).containsExactly("is required");
    }

    @Test
    void anEmptyNameGetsOneMessage() {
        assertThat(messages(new Form("", "abc", null), "name")).containsExactly("must not be blank");
    }

    @Test
    void aTooLongTextSaysTheLimitAndItsLengthInCharacters() {
        String bio = "😀".repeat(612);
        assertThat(messages(new Form("a", "abc", bio), "bio"))
                .containsExactly("must be at most 500 characters (got 612)");
    }

    @Test
    void aTooShortTextSaysTheRange() {
        assertThat(messages(new Form("a", "ab", null), "secret"))
                .containsExactly("must be between 3 and 8 characters (got 2)");
    }
}
