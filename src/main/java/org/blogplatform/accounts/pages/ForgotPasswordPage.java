package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.blogplatform.accounts.recovery.PasswordReset;
import org.blogplatform.accounts.recovery.RecoveryRequests.ResetRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Asks for a reset link as {@code POST /auth/password-reset} does, with its limits: the answer is the same
 * whether or not an account has the address.
 */
@Controller
class ForgotPasswordPage {

    private final PasswordReset reset;

    ForgotPasswordPage(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/forgot-password")
    String form(Model model) {
        model.addAttribute("form", new ResetRequest(""));
        return "forgot-password";
    }

    @PostMapping("/forgot-password")
    String request(@Valid @ModelAttribute("form") ResetRequest form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "forgot-password";
        }
        reset.requestReset(form.email(), request.getRemoteAddr());
        return "redirect:/forgot-password?sent";
    }
}
