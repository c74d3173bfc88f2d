package org.blogplatform.accounts.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The signed-in user's id, from the bearer token's subject (the token validator has already checked that it
 * names a live user); null on a public route called without a token.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(hidden = true)
@AuthenticationPrincipal(
        expression = "#this instanceof T(org.springframework.security.oauth2.jwt.Jwt)"
                + " ? T(java.lang.Long).valueOf(subject) : null")
public @interface CurrentUserId {}
