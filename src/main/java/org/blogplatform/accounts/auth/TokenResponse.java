package org.blogplatform.accounts.auth;

record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
