package org.blogplatform.accounts.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The mails' links carry their token in the query string, and framework debug logs print request lines whole
 * (Spring Security's "Securing GET …", Spring MVC's request line). On the pages that take those links, all that
 * runs after this filter sees the query string with the token masked; the parameter itself is still read as sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TokenQueryMasking extends OncePerRequestFilter {

    private static final Pattern TOKEN = Pattern.compile("(^|&)token=[^&]*");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null || !PageRoutes.CARRYING_TOKENS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String masked = TOKEN.matcher(request.getQueryString()).replaceAll("$1token=***");
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getQueryString() {
                        return masked;
                    }
                },
                response);
    }
}
