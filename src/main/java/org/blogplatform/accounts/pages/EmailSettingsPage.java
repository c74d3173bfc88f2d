package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.blogplatform.accounts.recovery.EmailChange;
import org.blogplatform.accounts.recovery.EmailVerification;
import org.blogplatform.accounts.recovery.RecoveryRequests.EmailChangeRequest;
import org.blogplatform.accounts.web.ApiProblem;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.InvalidField;
import org.blogplatform.accounts.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The account page's email forms, as {@code PUT /users/me/email} and {@code POST /users/me/email-verification}:
 * the address changes only once the link mailed to the new one is opened.
 */
@Controller
class EmailSettingsPage {

    private final EmailChange emailChange;
    private final EmailVerification verification;
    private final AccountPage page;

    EmailSettingsPage(EmailChange emailChange, EmailVerification verification, AccountPage page) {
        this.emailChange = emailChange;
        this.verification = verification;
        this.page = page;
    }

    @PostMapping("/settings/account/email")
    String change(
            @AuthenticationPrincipal SignedIn me,
            @Valid @ModelAttribute("emailForm") EmailChangeRequest form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                emailChange.requestEmailChange(me.userId(), form.newEmail(), form.currentPassword());
                return "redirect:/settings/account?email-link-sent";
            } catch (InvalidField invalid) {
                errors.rejectValue(AccountSettingsPage.javaName(invalid.field()), "invalid", invalid.getMessage());
            } catch (DomainException refusal) {
                HttpStatus status = Problems.status(refusal);
                if (status == HttpStatus.FORBIDDEN) {
                    errors.rejectValue("currentPassword", "wrong", refusal.getMessage());
                } else if (status == HttpStatus.CONFLICT) {
                    errors.rejectValue("newEmail", "taken", refusal.getMessage());
                } else {
                    throw refusal;
                }
            }
        }
        return page.render(me, model);
    }

    @PostMapping("/settings/account/verification")
    String resendVerification(@AuthenticationPrincipal SignedIn me, HttpServletResponse response, Model model) {
        try {
            verification.resendVerification(me.userId());
        } catch (DomainException refusal) {
            if (Problems.status(refusal) != HttpStatus.CONFLICT) {
                throw refusal;
            }
            return "redirect:/settings/account"; // verified meanwhile: the page shows it
        } catch (ApiProblem limited) {
            if (limited.getStatusCode() != HttpStatus.TOO_MANY_REQUESTS) {
                throw limited;
            }
            PageErrors.copyHeaders(limited, response);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("verificationError", limited.getBody().getDetail());
            return page.render(me, model);
        }
        return "redirect:/settings/account?verification-sent";
    }
}
