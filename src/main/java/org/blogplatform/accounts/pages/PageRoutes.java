package org.blogplatform.accounts.pages;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The routes that belong to the pages for people, as opposed to the API. Security, error rendering and caching
 * are chosen by these routes, never by guessing from an Accept header.
 */
final class PageRoutes {

    static final String[] PAGES = {
        "/",
        "/signup",
        "/signin",
        "/signout",
        "/forgot-password",
        "/reset-password",
        "/verify-email",
        "/settings/**",
        "/u/**",
        "/authors"
    };

    static final String ASSETS = "/assets/**";

    /** Pages whose address carries a secret that must not travel on in a Referer header. */
    static final RequestMatcher CARRYING_TOKENS =
            new OrRequestMatcher(pathPattern("/reset-password"), pathPattern("/verify-email"));

    static final RequestMatcher PAGES_AND_ASSETS =
            new OrRequestMatcher(Stream.concat(Arrays.stream(PAGES), Stream.of(ASSETS))
                    .map(pattern -> (RequestMatcher) pathPattern(pattern))
                    .toList());

    private PageRoutes() {}
}
