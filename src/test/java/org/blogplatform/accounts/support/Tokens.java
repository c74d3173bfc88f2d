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

/** Tokens made without the service, as it would issue them or deliberately not. */
public final class Tokens {

    private Tokens() {}

    /** The claims the service writes for a user: sub, iss, iat, exp and the token version. */
    public static JWTClaimsSet.Builder claims(long userId, Duration ttl) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(Long.toString(userId))
                .issuer("accounts")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("ver", 0);
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

    public static String signed(String secret, long userId, Duration ttl) {
        return sign(claims(userId, ttl), JWSAlgorithm.HS256, secret);
    }
}
