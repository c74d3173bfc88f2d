package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.users.RegisterRequest;
import org.blogplatform.accounts.users.UserResponse;
import org.blogplatform.accounts.users.UserService;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.InvalidField;
import org.blogplatform.accounts.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignUpPage {

    private final UserService users;
    private final SessionService sessions;
    private final SessionCookie cookie;

    SignUpPage(UserService users, SessionService sessions, SessionCookie cookie) {
        this.users = users;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new RegisterRequest("", "", ""));
        return "signup";
    }

    /**
     * The same validation, password policy and per-address limit as {@code POST /users/register}; the new
     * account is signed in at once.
     */
    @PostMapping("/signup")
    String signUp(
            @Valid @ModelAttribute("form") RegisterRequest form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return "signup";
        }
        UserResponse user;
        try {
            user = users.register(form);
        } catch (InvalidField invalid) {
            errors.rejectValue(invalid.field(), "invalid", invalid.getMessage());
            return "signup";
        } catch (DomainException refusal) {
            if (Problems.status(refusal) != HttpStatus.CONFLICT) {
                throw refusal;
            }
            errors.rejectValue("email", "taken", refusal.getMessage()); // the only conflict: a taken email
            return "signup";
        }
        cookie.set(
                response,
                sessions.start(user.id(), request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr()));
        return "redirect:/?welcome";
    }
}
