package org.blogplatform.accounts.pages;

import org.blogplatform.accounts.users.UserService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final UserService users;

    HomePage(UserService users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedIn me, Model model) {
        if (me != null) {
            model.addAttribute("me", users.find(me.userId(), true));
        }
        return "home";
    }
}
