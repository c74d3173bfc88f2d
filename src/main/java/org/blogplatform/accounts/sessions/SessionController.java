package org.blogplatform.accounts.sessions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.blogplatform.accounts.web.CurrentUserId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sessions")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping(path = "/users/me/sessions", produces = "application/json")
    @Operation(
            summary = "Where the signed-in user is signed in, most recently used first",
            security = @SecurityRequirement(name = "bearer"))
    List<SessionView> list(@CurrentUserId long userId, @CurrentSessionId UUID sessionId) {
        return sessions.list(userId, sessionId);
    }

    @DeleteMapping("/users/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign out one session; its refresh and access tokens stop working at once",
            security = @SecurityRequirement(name = "bearer"))
    void revoke(@CurrentUserId long userId, @PathVariable UUID id) {
        sessions.revoke(userId, id);
    }

    @DeleteMapping("/users/me/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out every session but the caller's", security = @SecurityRequirement(name = "bearer"))
    void revokeOthers(@CurrentUserId long userId, @CurrentSessionId UUID sessionId) {
        sessions.revokeOthers(userId, sessionId);
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign out the caller's session",
            tags = "Authentication",
            security = @SecurityRequirement(name = "bearer"))
    void logout(@CurrentUserId long userId, @CurrentSessionId UUID sessionId) {
        sessions.revoke(userId, sessionId);
    }
}
