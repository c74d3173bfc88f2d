package org.blogplatform.accounts.recovery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The request bodies of this feature, and the forms of the pages that stand for them. Tokens are 43 characters;
 * anything much longer is not one of ours.
 */
public final class RecoveryRequests {

    private static final String TOKEN = "the token= value of the mailed link";
    private static final String TOKEN_EXAMPLE = "q3Zr1QmX8cP0tUe6w9bKfN2sLhY4vGdA7oJxEiRz5Tk";

    private RecoveryRequests() {}

    public record ResetRequest(
            @Schema(example = "ada@example.com") @NotBlank @Email @CodePointLength(max = 255)
            String email) {}

    public record ResetConfirmation(
            @Schema(description = TOKEN, example = TOKEN_EXAMPLE) @NotBlank @Size(max = 100)
            String token,

            @Schema(example = "a brand new passphrase") @NotNull @CodePointLength(min = 8, max = 128)
            String newPassword) {

        @Override
        public String toString() {
            return "ResetConfirmation[***]";
        }
    }

    public record Verification(
            @Schema(description = TOKEN, example = TOKEN_EXAMPLE) @NotBlank @Size(max = 100)
            String token) {

        @Override
        public String toString() {
            return "Verification[***]";
        }
    }

    public record EmailChangeRequest(
            @Schema(example = "ada@newhome.example") @NotBlank @Email @CodePointLength(max = 255)
            String newEmail,

            @Schema(example = "correct horse battery") @NotNull @CodePointLength(max = 128)
            String currentPassword) {

        @Override
        public String toString() {
            return "EmailChangeRequest[new_email=" + newEmail + ", current_password=***]";
        }
    }
}
