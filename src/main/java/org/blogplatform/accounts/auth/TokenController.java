package org.blogplatform.accounts.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final SignIn signIn;

    TokenController(SignIn signIn) {
        this.signIn = signIn;
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Sign in with the OAuth2 password form (username = email), as Swagger UI's Authorize does")
    ResponseEntity<TokenResponse> passwordForm(@Valid @ModelAttribute PasswordForm form) {
        return noStore(signIn.signIn(form.username(), form.password()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in with a JSON body")
    ResponseEntity<TokenResponse> json(@Valid @RequestBody TokenRequest request) {
        return noStore(signIn.signIn(request.email(), request.password()));
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse token) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(token);
    }
}
