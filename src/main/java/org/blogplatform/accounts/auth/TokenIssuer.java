package org.blogplatform.accounts.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.sessions.StartedSession;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

@Component
class TokenIssuer {

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** An access token of the session, and the session's current refresh token. */
    TokenResponse issue(long userId, StartedSession session) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(Long.toString(userId))
                .issuedAt(now)
                .expiresAt(now.plus(properties.ttl()))
                .claim(SessionService.SESSION_ID_CLAIM, session.id().toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        // to the nearest second: the session was stamped a moment before this clock reading
        long refreshExpiresIn =
                Math.round(Duration.between(now, session.refreshExpiresAt()).toMillis() / 1000.0);
        return new TokenResponse(
                token, "bearer", properties.ttl().toSeconds(), session.refreshToken(), refreshExpiresIn);
    }
}
