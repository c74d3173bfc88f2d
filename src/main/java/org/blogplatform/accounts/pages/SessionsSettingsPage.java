package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.blogplatform.accounts.sessions.SessionNotFoundException;
import org.blogplatform.accounts.sessions.SessionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Where the user is signed in, by page or API client, and signing any of it out. */
@Controller
class SessionsSettingsPage {

    private final SessionService sessions;
    private final SessionCookie cookie;

    SessionsSettingsPage(SessionService sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @GetMapping("/settings/sessions")
    String list(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute(
                "sessions",
                sessions.list(me.userId(), me.sessionId()).stream()
                        .map(SessionRow::from)
                        .toList());
        return "settings-sessions";
    }

    @PostMapping("/settings/sessions/{id}/signout")
    String signOut(@AuthenticationPrincipal SignedIn me, @PathVariable UUID id, HttpServletResponse response) {
        try {
            sessions.revoke(me.userId(), id);
        } catch (SessionNotFoundException alreadyGone) {
            // ended meanwhile: what was asked for holds
        }
        if (id.equals(me.sessionId())) {
            cookie.clear(response);
            return "redirect:/signin";
        }
        return "redirect:/settings/sessions?signed-out";
    }

    @PostMapping("/settings/sessions/others/signout")
    String signOutOthers(@AuthenticationPrincipal SignedIn me) {
        sessions.revokeOthers(me.userId(), me.sessionId());
        return "redirect:/settings/sessions?others-signed-out";
    }
}
