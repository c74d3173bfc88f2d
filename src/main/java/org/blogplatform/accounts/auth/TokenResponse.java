package org.blogplatform.accounts.auth;

record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[access_token=***, expires_in=" + expiresIn + ", refresh_token=***, refresh_expires_in="
                + refreshExpiresIn + "]";
    }
}
