package org.blogplatform.accounts.sessions;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The session of the bearer token's {@code sid} claim (the token validator has already checked that it is live
 * and the caller's); null on a public route called without a token.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(hidden = true)
@AuthenticationPrincipal(
        expression = "#this instanceof T(org.springframework.security.oauth2.jwt.Jwt)"
                + " ? T(java.util.UUID).fromString(getClaimAsString('" + SessionService.SESSION_ID_CLAIM + "')) : null")
public @interface CurrentSessionId {}
