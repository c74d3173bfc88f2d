package org.blogplatform.accounts.web;

import org.springframework.http.HttpStatus;

/** An error the client caused and can act on; the detail is written for the client and safe to show. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
