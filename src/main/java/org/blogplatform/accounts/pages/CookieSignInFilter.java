package org.blogplatform.accounts.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.blogplatform.accounts.sessions.LiveSession;
import org.blogplatform.accounts.sessions.SessionService;
import org.blogplatform.accounts.web.Problems;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a page request in when its cookie names a live session (one statement, which also marks the session
 * used). A cookie of a revoked or expired session is removed, and the request goes on signed out.
 */
class CookieSignInFilter extends OncePerRequestFilter {

    private final SessionCookie cookie;
    private final SessionService sessions;
    private final PageErrors errors;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CookieSignInFilter(SessionCookie cookie, SessionService sessions, PageErrors errors) {
        this.cookie = cookie;
        this.sessions = sessions;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = cookie.read(request);
        if (token.isPresent()) {
            Optional<LiveSession> live;
            try {
                live = sessions.findLive(token.get());
            } catch (RuntimeException e) {
                if (!Problems.isDatabaseUnavailable(e)) {
                    throw e;
                }
                errors.render(request, response, 503);
                return;
            }
            live.ifPresentOrElse(
                    session -> {
                        var context = contexts.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                new SignedIn(session.userId(), session.id()), null, List.of()));
                        contexts.setContext(context);
                    },
                    () -> cookie.clear(response));
        }
        chain.doFilter(request, response);
    }
}
