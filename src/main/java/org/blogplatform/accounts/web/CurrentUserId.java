package org.blogplatform.accounts.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The signed-in user's id, from the bearer token's subject (the token validator has already checked that it
 * names a live user); null on a public route called without a token. Resolved by {@link CurrentUserIdResolver}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(hidden = true)
public @interface CurrentUserId {}
