package org.blogplatform.accounts.pages;

import org.blogplatform.accounts.users.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public side: an author's page and the directory. Neither ever shows an email. */
@Controller
class AuthorPages {

    static final int PAGE_SIZE = 20;

    private final UserService users;

    AuthorPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/u/{id}")
    String author(@PathVariable long id, Model model) {
        model.addAttribute("author", users.find(id, false));
        return "author";
    }

    @GetMapping("/authors")
    String directory(@RequestParam(defaultValue = "0") long after, Model model) {
        model.addAttribute("page", users.directory(Math.max(0, after), PAGE_SIZE));
        model.addAttribute("first", after <= 0);
        return "authors";
    }
}
