package org.blogplatform.accounts.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Errors on page routes become friendly HTML pages; everywhere else the API's problem details answer. Runs
 * before Spring MVC's own resolvers, and only for {@link PageRoutes}.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ITemplateEngine templates;

    PageErrors(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!PageRoutes.PAGES_AND_ASSETS.matches(request)) {
            return null;
        }
        int status = statusOf(failure);
        if (failure instanceof ErrorResponse answer) {
            copyHeaders(answer, response);
        }
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        } else if (status == 500) {
            log.error("Page failed", Problems.loggable(failure));
        }
        return new ModelAndView("error", Map.of("status", status), HttpStatus.valueOf(status));
    }

    /** What the API would send with the refusal, such as Retry-After, goes with the page too. */
    static void copyHeaders(ErrorResponse answer, HttpServletResponse response) {
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    /** For failures met before Spring MVC runs: in the pages' security filters. */
    void render(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.process(
                "error", new WebContext(exchange, request.getLocale(), Map.of("status", status)), response.getWriter());
    }

    private static int statusOf(Exception failure) {
        if (Problems.isDatabaseUnavailable(failure)) {
            return 503;
        }
        if (failure instanceof DomainException refusal) {
            return Problems.status(refusal).value();
        }
        if (failure instanceof TypeMismatchException) {
            return 404; // /u/abc: no such author
        }
        if (failure instanceof ErrorResponse known) {
            return known.getStatusCode().value();
        }
        return 500;
    }
}
