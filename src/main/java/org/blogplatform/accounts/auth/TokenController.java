package org.blogplatform.accounts.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class TokenController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final SignIn signIn;

    TokenController(SignIn signIn) {
        this.signIn = signIn;
    }

    @PostMapping(consumes = FORM)
    @Operation(
            summary = "Sign in with the OAuth2 password form (username = email), as Swagger UI's Authorize does;"
                    + " grant_type=refresh_token&refresh_token=... rotates a session's refresh token instead")
    ResponseEntity<TokenResponse> passwordForm(@Valid @ModelAttribute PasswordForm form, HttpServletRequest request) {
        return noStore(signIn.signIn(form.username(), form.password(), Client.of(request)));
    }

    /** RFC 6749 §6. Mapped by its parameter, so it is a separate operation only to the dispatcher. */
    @PostMapping(consumes = FORM, params = "grant_type=refresh_token")
    @Operation(hidden = true)
    ResponseEntity<TokenResponse> refreshForm(@Valid @ModelAttribute RefreshForm form) {
        return noStore(signIn.refresh(form.refreshToken()));
    }

    @PostMapping(
            consumes = FORM,
            params = {"grant_type", "grant_type!=password", "grant_type!=refresh_token"})
    @Operation(hidden = true)
    ResponseEntity<TokenResponse> otherGrant() {
        throw new UnsupportedGrantException();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Sign in with {email, password}, or refresh with"
                    + " {grant_type: \"refresh_token\", refresh_token}: the refresh token is rotated, and presenting"
                    + " a spent one again revokes its whole session")
    ResponseEntity<TokenResponse> json(@Valid @RequestBody TokenGrant grant, HttpServletRequest request) {
        if (grant instanceof RefreshRequest refresh) {
            return noStore(signIn.refresh(refresh.refreshToken()));
        }
        TokenRequest password = (TokenRequest) grant;
        return noStore(signIn.signIn(password.email(), password.password(), Client.of(request)));
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse token) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(token);
    }
}
