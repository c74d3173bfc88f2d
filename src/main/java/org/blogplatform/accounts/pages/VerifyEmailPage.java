package org.blogplatform.accounts.pages;

import jakarta.validation.Valid;
import org.blogplatform.accounts.recovery.EmailVerification;
import org.blogplatform.accounts.recovery.RecoveryRequests.Verification;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The verification link's page, for a new account's address and for an email change alike. Opening the link
 * shows a button; only pressing it spends the token ({@code POST /auth/verify-email}'s rules), so a mail scanner
 * that fetches the link confirms nothing and leaves the link working for its owner.
 */
@Controller
class VerifyEmailPage {

    private final EmailVerification verification;

    VerifyEmailPage(EmailVerification verification) {
        this.verification = verification;
    }

    /** The token is bound into the form, whose toString masks it: handler arguments reach trace logs. */
    @GetMapping(path = "/verify-email", params = "!done")
    String confirmation(@ModelAttribute("form") Verification form, Model model) {
        try {
            verification.checkLink(form.token() == null ? "" : form.token());
        } catch (DomainException invalid) {
            model.addAttribute("invalidLink", invalid.getMessage());
        }
        return "verify-email";
    }

    @GetMapping(path = "/verify-email", params = "done")
    String done() {
        return "verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@Valid @ModelAttribute("form") Verification form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return confirmation(form, model); // not a link of ours
        }
        try {
            verification.verifyEmail(form.token());
        } catch (DomainException refusal) {
            HttpStatus status = Problems.status(refusal);
            if (status != HttpStatus.BAD_REQUEST && status != HttpStatus.CONFLICT) {
                throw refusal;
            }
            // a spent or expired link, or an email change to an address another account took meanwhile
            model.addAttribute("invalidLink", refusal.getMessage());
            return "verify-email";
        }
        return "redirect:/verify-email?done";
    }
}
