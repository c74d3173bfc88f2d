package org.blogplatform.accounts.auth;

record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[access_token=***, expires_in=" + expiresIn + "]";
    }
}
