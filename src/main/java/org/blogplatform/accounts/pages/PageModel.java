package org.blogplatform.accounts.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's model holds. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    /**
     * The CSRF token is created lazily; asking for it here sets its cookie before the page starts streaming, so
     * a long page cannot commit the response before the form that needs it is written.
     */
    @ModelAttribute
    void csrfCookie(CsrfToken token) {
        token.getToken();
    }

    @ModelAttribute("signedIn")
    boolean signedIn(@AuthenticationPrincipal SignedIn me) {
        return me != null;
    }

    @ModelAttribute("myId")
    Long myId(@AuthenticationPrincipal SignedIn me) {
        return me == null ? null : me.userId();
    }
}
