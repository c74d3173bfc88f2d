package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.blogplatform.accounts.support.OnH2;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.actuate.endpoint.web.AdditionalHealthEndpointPathsWebMvcHandlerMapping;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

@OnH2
class HandlerLookupTest {

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    DispatcherServlet dispatcher;

    private PrefixNarrowedHandlerMapping.Mapping mapping() {
        assertThat(handlerMapping).isInstanceOf(PrefixNarrowedHandlerMapping.Mapping.class);
        return (PrefixNarrowedHandlerMapping.Mapping) handlerMapping;
    }

    @Test
    void aRouteKeepsAPatternsWholeSegmentsBeforeItsFirstVariableOrWildcard() {
        assertThat(route("/users/{id}")).isEqualTo("/users ...");
        assertThat(route("/settings/sessions/{id}/signout")).isEqualTo("/settings/sessions ...");
        assertThat(route("/users{suffix}")).isEqualTo(" ...");
        assertThat(route("/docs/**")).isEqualTo("/docs ...");
        assertThat(route("/a/b?c")).isEqualTo("/a ...");
        assertThat(route("/users/me")).isEqualTo("/users/me");
        assertThat(route("/users/")).isEqualTo("/users");
        assertThat(route("/")).isEmpty();
    }

    @Test
    void aRouteAllowsOnlyPathsUnderItsPrefixAndALiteralOnlyItself() {
        var pattern = RouteIndex.Route.of("/users/{id}", null, null);
        assertThat(pattern.allows("/users/42")).isTrue();
        assertThat(pattern.allows("/users")).isTrue();
        assertThat(pattern.allows("/usersx/42")).isFalse();
        assertThat(pattern.allows("/sessions/42")).isFalse();
        var literal = RouteIndex.Route.of("/users", null, null);
        assertThat(literal.allows("/users")).isTrue();
        assertThat(literal.allows("/users/")).isTrue();
        assertThat(literal.allows("/users/42")).isFalse();
    }

    @Test
    void everyMappingIsACandidateForThePathsItsPatternsMatch() {
        var mapping = mapping();
        int checked = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            assertThat(info.getPathPatternsCondition()).as(info.toString()).isNotNull();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String path : examples(pattern.getPatternString())) {
                    if (pattern.matches(PathContainer.parsePath(path))) {
                        assertThat(mapping.candidates(path))
                                .as(pattern + " on " + path)
                                .anyMatch(route -> route.info() == info && route.allows(path));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(mapping.getHandlerMethods().size());
    }

    @Test
    void aProfilePathAsksOnlyTheMappingOfProfiles() {
        var mapping = mapping();
        assertThat(mapping.candidates("/users/42"))
                .filteredOn(route -> route.allows("/users/42"))
                .extracting(route -> route.info().getPathPatternsCondition().getPatternValues())
                .containsExactly(Set.of("/users/{id}"));
    }

    @Test
    void everyPathFindsWhatTheFullLookupFinds() throws Exception {
        var mapping = mapping();
        int compared = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String path : examples(pattern.getPatternString())) {
                    int letter = indexOfLetter(path);
                    if (letter < 0) {
                        continue;
                    }
                    String encoded = path.substring(0, letter)
                            + String.format("%%%02X", (int) path.charAt(letter))
                            + path.substring(letter + 1);
                    for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
                        assertThat(outcome(method, path))
                                .as(method + " " + path)
                                .isEqualTo(outcome(method, encoded));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(6 * mapping.getHandlerMethods().size());
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
    void theApplicationsMappingsAreAskedBeforeTheProbePaths() {
        List<HandlerMapping> mappings = dispatcher.getHandlerMappings();
        assertThat(mappings).isNotNull();
        int probes = -1;
        for (int i = 0; i < mappings.size(); i++) {
            if (mappings.get(i) instanceof AdditionalHealthEndpointPathsWebMvcHandlerMapping) {
                probes = i;
            }
        }
        assertThat(probes).isGreaterThan(mappings.indexOf(handlerMapping)).isGreaterThan(0);
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

    /** The handler a lookup finds, or the kind of failure it ends in. */
    private Object outcome(String method, String path) {
        try {
            HandlerMethod handler = handler(method, path);
            return handler == null ? "none" : handler.getMethod();
        } catch (Exception failure) {
            return failure.getClass();
        }
    }

    private static String route(String pattern) {
        var route = RouteIndex.Route.of(pattern, null, null);
        return route.prefix() + (route.literal() ? "" : " ...");
    }

    private static int indexOfLetter(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (Character.isLetter(path.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Paths a pattern matches: its variables as a digit, a word or two segments, and the pattern cut before
     * its first variable or wildcard (a capture of the rest also matches no segment at all).
     */
    private static String[] examples(String pattern) {
        String[] values = {"1", "abc", "a/b", "me", "me/sessions"};
        String[] paths = new String[values.length + 2];
        for (int i = 0; i < values.length; i++) {
            paths[i] = pattern.replaceAll("\\{\\*?[^}/]*(\\{[^}]*})?[^}]*}", values[i])
                    .replace("**", values[i])
                    .replace("*", values[i])
                    .replace("?", "x");
        }
        int special = pattern.replaceAll("[*?]", "{").indexOf('{');
        String cut = special < 0 ? pattern : pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', special)));
        paths[values.length] = cut.isEmpty() ? "/" : cut;
        paths[values.length + 1] = cut + "/";
        return paths;
    }
}
