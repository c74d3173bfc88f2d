package org.blogplatform.accounts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.blogplatform.accounts.support.MovableClock;
import org.blogplatform.accounts.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokensTest {

    private static final String SECRET = "a test secret of at least thirty-two bytes";

    private final MovableClock clock = new MovableClock();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final VerifiedTokens tokens = verifiedTokens();

    private VerifiedTokens verifiedTokens() {
        var lifetime = new JwtTimestampValidator(Duration.ZERO);
        lifetime.setClock(clock);
        OAuth2TokenValidator<Jwt> session = jwt -> revoked.get()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token"))
                : OAuth2TokenValidatorResult.success();
        var validator = new DelegatingOAuth2TokenValidator<>(lifetime, session);
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(
                        new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        nimbus.setJwtValidator(validator);
        JwtDecoder counted = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counted, validator, Duration.ofMinutes(15));
    }

    private static String token() {
        return Tokens.signed(SECRET, 7, UUID.randomUUID(), Duration.ofMinutes(15));
    }

    @Test
    void aTokenSentAgainIsNotParsedAndCheckedAgain() {
        String token = token();
        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);
        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("7");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsSessionEnds() {
        String token = token();
        tokens.decode(token);
        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        revoked.set(false);
        tokens.decode(token);
        assertThat(signatureChecks).as("a refused token is forgotten").hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String token = token();
        tokens.decode(token);
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String token = token();
        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsStillChecked() {
        String token = token();
        tokens.decode(token);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }
}
