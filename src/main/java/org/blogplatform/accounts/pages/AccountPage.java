package org.blogplatform.accounts.pages;

import org.blogplatform.accounts.recovery.RecoveryRequests.EmailChangeRequest;
import org.blogplatform.accounts.users.NameChange;
import org.blogplatform.accounts.users.PasswordChange;
import org.blogplatform.accounts.users.UserService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The account page holds several forms; whichever was posted comes back with what was typed and its errors, the
 * others are shown fresh, beside the account as it is now (name, email, whether the email is verified).
 */
@Component
class AccountPage {

    static final String VIEW = "settings-account";

    private final UserService users;

    AccountPage(UserService users) {
        this.users = users;
    }

    String render(SignedIn me, Model model) {
        var account = users.find(me.userId(), true);
        model.addAttribute("me", account);
        if (!model.containsAttribute("nameForm")) {
            model.addAttribute("nameForm", new NameChange(account.name()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordChange("", ""));
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailChangeRequest("", ""));
        }
        return VIEW;
    }
}
