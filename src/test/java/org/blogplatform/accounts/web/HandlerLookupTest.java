package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.blogplatform.accounts.support.OnH2;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

@OnH2
class HandlerLookupTest {

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    private PrefixNarrowedHandlerMapping.Mapping mapping() {
        assertThat(handlerMapping).isInstanceOf(PrefixNarrowedHandlerMapping.Mapping.class);
        return (PrefixNarrowedHandlerMapping.Mapping) handlerMapping;
    }

    @Test
    void aPatternsLiteralPrefixEndsBeforeItsFirstVariableOrWildcard() {
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/users/{id}")).isEqualTo("/users/");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/settings/sessions/{id}/signout"))
                .isEqualTo("/settings/sessions/");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/users{suffix}")).isEqualTo("/");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/docs/**")).isEqualTo("/docs/");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/a/b?c")).isEqualTo("/a/");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/users/me")).isEqualTo("/users/me");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("/users/")).isEqualTo("/users");
        assertThat(PrefixNarrowedHandlerMapping.literalPrefix("")).isEmpty();
    }

    @Test
    void everyMappingCanMatchThePathsItsPatternsMatch() {
        var mapping = mapping();
        int checked = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            assertThat(info.getPathPatternsCondition()).as(info.toString()).isNotNull();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String path : examples(pattern.getPatternString())) {
                    if (pattern.matches(PathContainer.parsePath(path))) {
                        assertThat(mapping.canMatch(info, path))
                                .as(pattern + " on " + path)
                                .isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(mapping.getHandlerMethods().size());
    }

    @Test
    void aProfilePathAsksOnlyTheMappingsUnderUsers() {
        var mapping = mapping();
        long asked = mapping.getHandlerMethods().keySet().stream()
                .filter(info -> mapping.canMatch(info, "/users/42"))
                .count();
        assertThat(asked).isPositive().isLessThan(mapping.getHandlerMethods().size() / 3);
    }

    @Test
    void narrowedAndFullLookupsFindTheSameHandler() throws Exception {
        HandlerMethod byId = handler("GET", "/users/42");
        assertThat(byId).isNotNull();
        assertThat(byId.getMethod().getName()).isEqualTo("get");
        assertThat(handler("GET", "/us%65rs/42")).isEqualTo(byId);
        assertThat(handler("GET", "/users/me").getMethod().getName()).isEqualTo("me");
        assertThat(handler("GET", "/nowhere/42")).isNull();
    }

    @Test
    void aKnownPathWithAnotherMethodIsStillMethodNotAllowed() {
        assertThatThrownBy(() -> handler("DELETE", "/users/42"))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }

    private @Nullable HandlerMethod handler(String method, String path) throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "application/json");
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = handlerMapping.getHandler(request);
        return chain == null ? null : (HandlerMethod) chain.getHandler();
    }

    /** Paths a pattern matches: its variables as a digit, a word or two segments. */
    private static String[] examples(String pattern) {
        String[] values = {"1", "abc", "a/b"};
        String[] paths = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            paths[i] = pattern.replaceAll("\\{\\*?[^}/]*(\\{[^}]*})?[^}]*}", values[i])
                    .replace("**", values[i])
                    .replace("*", values[i])
                    .replace("?", "x");
        }
        return paths;
    }
}
