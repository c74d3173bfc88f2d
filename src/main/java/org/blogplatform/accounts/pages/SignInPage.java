package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.blogplatform.accounts.auth.SignIn;
import org.blogplatform.accounts.pages.PasswordFields.SignInForm;
import org.blogplatform.accounts.sessions.SessionNotFoundException;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.web.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-in and sign-out by cookie, with the API's sign-in check, throttle and per-address limit. */
@Controller
class SignInPage {

    private final SignIn signIn;
    private final SessionService sessions;
    private final SessionCookie cookie;

    SignInPage(SignIn signIn, SessionService sessions, SessionCookie cookie) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @GetMapping("/signin")
    String form() {
        return "signin";
    }

    @PostMapping("/signin")
    String signIn(
            @ModelAttribute("credentials") SignInForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String email = form.emailOrEmpty();
        long userId;
        try {
            userId = signIn.verify(email, form.passwordOrEmpty());
        } catch (BadCredentialsException wrong) {
            model.addAttribute("email", email);
            model.addAttribute("failed", true);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return "signin";
        } catch (DomainException refused) {
            // the password was right, but the account may not sign in yet (an unverified email, when required)
            model.addAttribute("email", email);
            model.addAttribute("refused", refused.getMessage());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "signin";
        }
        cookie.set(
                response, sessions.start(userId, request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr()));
        return "redirect:/";
    }

    @PostMapping("/signout")
    String signOut(@AuthenticationPrincipal SignedIn me, HttpServletResponse response) {
        if (me != null) {
            try {
                sessions.revoke(me.userId(), me.sessionId());
            } catch (SessionNotFoundException alreadyGone) {
                // signed out elsewhere meanwhile: the outcome is the same
            }
        }
        cookie.clear(response);
        return "redirect:/";
    }
}
