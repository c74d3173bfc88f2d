package org.blogplatform.accounts.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes bearer tokens and remembers the ones whose signature checked out. A client sends the same token with
 * every request for its lifetime, and parsing it and checking its HS256 signature again took a tenth of the CPU
 * of a profile update. A remembered token is still validated on every request (lifetime, issuer, and its
 * session, one statement), so a signed-out, revoked or expired token is refused exactly as before; only the
 * parsing and the signature check, which give the same answer for the same text, are skipped. Only tokens that
 * passed are remembered, at most {@value #CAPACITY} of them and each for at most a token lifetime.
 */
class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 4096;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /** The decoder checks signatures and runs the validator; the validator alone is run on remembered tokens. */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Duration tokenLifetime) {
        this.decoder = decoder;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(CAPACITY)
                .expireAfterWrite(tokenLifetime)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return remembered;
    }
}
