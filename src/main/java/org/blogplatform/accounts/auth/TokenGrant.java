package org.blogplatform.accounts.auth;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The JSON body of {@code POST /auth/token}, by its {@code grant_type}: the password grant when absent (as
 * before refresh tokens existed), or the refresh grant.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "grant_type", defaultImpl = TokenRequest.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = TokenRequest.class, name = "password"),
    @JsonSubTypes.Type(value = RefreshRequest.class, name = "refresh_token")
})
sealed interface TokenGrant permits TokenRequest, RefreshRequest {}
