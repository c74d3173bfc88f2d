package org.blogplatform.accounts.recovery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.blogplatform.accounts.recovery.RecoveryRequests.EmailChangeRequest;
import org.blogplatform.accounts.recovery.RecoveryRequests.ResetConfirmation;
import org.blogplatform.accounts.recovery.RecoveryRequests.ResetRequest;
import org.blogplatform.accounts.recovery.RecoveryRequests.Verification;
import org.blogplatform.accounts.web.CurrentUserId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recovery and verification")
class RecoveryController {

    private final PasswordReset reset;
    private final EmailVerification verification;
    private final EmailChange emailChange;

    RecoveryController(PasswordReset reset, EmailVerification verification, EmailChange emailChange) {
        this.reset = reset;
        this.verification = verification;
        this.emailChange = emailChange;
    }

    @PostMapping(path = "/auth/password-reset", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Mail a password reset link (valid 1 hour) if an account has this email",
            description =
                    "The answer is the same whether or not an account exists. At most 3 mails per email per hour.")
    void requestReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        reset.requestReset(request.email(), http.getRemoteAddr());
    }

    @PostMapping(path = "/auth/password-reset/confirm", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a new password with a reset link's token",
            description = "Every token of the account stops working; the email counts as verified.")
    void confirmReset(@Valid @RequestBody ResetConfirmation confirmation) {
        reset.confirmReset(confirmation.token(), confirmation.newPassword());
    }

    @PostMapping(path = "/auth/verify-email", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm an email address (or an email change) with a mailed link's token")
    void verifyEmail(@Valid @RequestBody Verification request) {
        verification.verifyEmail(request.token());
    }

    @PostMapping("/users/me/email-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Mail a new verification link (valid 48 hours)",
            security = @SecurityRequirement(name = "bearer"))
    void resendVerification(@CurrentUserId long userId) {
        verification.resendVerification(userId);
    }

    @PutMapping(path = "/users/me/email", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Change email: a link (valid 24 hours) goes to the new address, a notice to the old one",
            description = "The email changes when the link's token is posted to /auth/verify-email.",
            security = @SecurityRequirement(name = "bearer"))
    void changeEmail(@CurrentUserId long userId, @Valid @RequestBody EmailChangeRequest change) {
        emailChange.requestEmailChange(userId, change.newEmail(), change.currentPassword());
    }
}
