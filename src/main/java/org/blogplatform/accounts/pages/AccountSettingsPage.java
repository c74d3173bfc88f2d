package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
import org.blogplatform.accounts.pages.PasswordFields.Confirmation;
import org.blogplatform.accounts.users.NameChange;
import org.blogplatform.accounts.users.PasswordChange;
import org.blogplatform.accounts.users.UserService;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.InvalidField;
import org.blogplatform.accounts.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Name, password and deletion, each its own form, through the same services and rules as the API. */
@Controller
class AccountSettingsPage {

    private static final Pattern SNAKE = Pattern.compile("_([a-z])");

    private final UserService users;
    private final AccountPage page;
    private final SessionCookie cookie;

    AccountSettingsPage(UserService users, AccountPage page, SessionCookie cookie) {
        this.users = users;
        this.page = page;
        this.cookie = cookie;
    }

    @GetMapping("/settings/account")
    String page(@AuthenticationPrincipal SignedIn me, Model model) {
        return page.render(me, model);
    }

    @PostMapping("/settings/account/name")
    String rename(
            @AuthenticationPrincipal SignedIn me,
            @Valid @ModelAttribute("nameForm") NameChange form,
            BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            return page.render(me, model);
        }
        users.rename(me.userId(), form.name());
        return "redirect:/settings/account?renamed";
    }

    @PostMapping("/settings/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedIn me,
            @Valid @ModelAttribute("passwordForm") PasswordChange form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                users.changePassword(me.userId(), me.sessionId(), form);
                return "redirect:/settings/account?password-changed";
            } catch (InvalidField invalid) {
                errors.rejectValue(javaName(invalid.field()), "invalid", invalid.getMessage());
            } catch (DomainException refusal) {
                if (Problems.status(refusal) != HttpStatus.FORBIDDEN) {
                    throw refusal;
                }
                errors.rejectValue("currentPassword", "wrong", refusal.getMessage());
            }
        }
        return page.render(me, model);
    }

    @PostMapping("/settings/account/delete")
    String delete(
            @AuthenticationPrincipal SignedIn me,
            @ModelAttribute("deletion") Confirmation confirmation,
            HttpServletResponse response,
            Model model) {
        try {
            users.delete(me.userId(), confirmation.passwordOrEmpty());
        } catch (DomainException refusal) {
            if (Problems.status(refusal) != HttpStatus.FORBIDDEN) {
                throw refusal;
            }
            model.addAttribute("deleteError", refusal.getMessage());
            return page.render(me, model);
        }
        cookie.clear(response);
        return "redirect:/?deleted";
    }

    /** The API names fields in snake_case, the forms as the records do. */
    static String javaName(String apiName) {
        return SNAKE.matcher(apiName).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    }
}
