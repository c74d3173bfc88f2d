package org.blogplatform.accounts.pages;

import jakarta.validation.Valid;
import org.blogplatform.accounts.recovery.PasswordReset;
import org.blogplatform.accounts.recovery.RecoveryRequests.ResetConfirmation;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.InvalidField;
import org.blogplatform.accounts.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The reset link's page. Opening it only shows the form (mail scanners open links too, and must not spend them);
 * the token is spent by the form's post, with the new password, as {@code POST /auth/password-reset/confirm}.
 */
@Controller
class ResetPasswordPage {

    private final PasswordReset reset;

    ResetPasswordPage(PasswordReset reset) {
        this.reset = reset;
    }

    /** The token is bound into the form, whose toString masks it: handler arguments reach trace logs. */
    @GetMapping(path = "/reset-password", params = "!done")
    String form(@ModelAttribute("form") ResetConfirmation form, Model model) {
        try {
            reset.checkLink(form.token() == null ? "" : form.token());
        } catch (DomainException invalid) {
            return invalidLink(model, invalid);
        }
        return "reset-password";
    }

    @GetMapping(path = "/reset-password", params = "done")
    String done() {
        return "reset-password";
    }

    @PostMapping("/reset-password")
    String confirm(@Valid @ModelAttribute("form") ResetConfirmation form, BindingResult errors, Model model) {
        if (errors.hasFieldErrors("token")) {
            return form(form, model); // not a link of ours
        }
        if (errors.hasErrors()) {
            return "reset-password";
        }
        try {
            reset.confirmReset(form.token(), form.newPassword());
        } catch (InvalidField invalid) {
            errors.rejectValue("newPassword", "invalid", invalid.getMessage());
            return "reset-password";
        } catch (DomainException refusal) {
            if (Problems.status(refusal) != HttpStatus.BAD_REQUEST) {
                throw refusal;
            }
            return invalidLink(model, refusal);
        }
        return "redirect:/reset-password?done";
    }

    /** In the API's words, for a link that is unknown, expired or spent. */
    private static String invalidLink(Model model, DomainException refusal) {
        model.addAttribute("invalidLink", refusal.getMessage());
        return "reset-password";
    }
}
