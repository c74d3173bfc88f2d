package org.blogplatform.accounts.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

    @GetMapping("/signin")
    String form() {
        return "signin";
    }
}
