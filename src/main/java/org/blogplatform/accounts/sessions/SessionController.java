package org.blogplatform.accounts.sessions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
    List<SessionView> list(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        return sessions.list(userId(token), sessionId(token));
    }

    @DeleteMapping("/users/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign out one session; its refresh and access tokens stop working at once",
            security = @SecurityRequirement(name = "bearer"))
    void revoke(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        sessions.revoke(userId(token), id);
    }

    @DeleteMapping("/users/me/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out every session but the caller's", security = @SecurityRequirement(name = "bearer"))
    void revokeOthers(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        sessions.revokeOthers(userId(token), sessionId(token));
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign out the caller's session",
            tags = "Authentication",
            security = @SecurityRequirement(name = "bearer"))
    void logout(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        sessions.revoke(userId(token), sessionId(token));
    }

    /** The bearer check has already found this session live and the user's. */
    private static long userId(Jwt token) {
        return Long.parseLong(token.getSubject());
    }

    private static UUID sessionId(Jwt token) {
        return UUID.fromString(token.getClaimAsString(SessionService.SESSION_ID_CLAIM));
    }
}
