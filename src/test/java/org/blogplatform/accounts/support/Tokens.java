package org.blogplatform.accounts.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Tokens made without the service, as it would issue them or deliberately not. */
public final class Tokens {

    private Tokens() {}

    /** The claims the service writes for a session of a user: sub, iss, iat, exp and sid. */
    public static JWTClaimsSet.Builder claims(long userId, UUID sessionId, Duration ttl) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(Long.toString(userId))
                .issuer("accounts")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("sid", sessionId.toString());
    }

    public static String sign(JWTClaimsSet.Builder claims, JWSAlgorithm algorithm, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signed(String secret, long userId, UUID sessionId, Duration ttl) {
        return sign(claims(userId, sessionId, ttl), JWSAlgorithm.HS256, secret);
    }
}
