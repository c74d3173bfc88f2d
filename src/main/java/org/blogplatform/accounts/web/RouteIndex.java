package org.blogplatform.accounts.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/** Routes by the first segment of the paths they allow; routes that allow any first segment are in every list. */
record RouteIndex(Map<String, List<Route>> bySegment, List<Route> anySegment) {

    static RouteIndex of(Map<RequestMappingInfo, HandlerMethod> handlers) {
        Map<String, List<Route>> bySegment = new HashMap<>();
        List<Route> anySegment = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            for (Route route : routes(info, handler)) {
                String segment = route.firstSegment();
                if (segment == null) {
                    anySegment.add(route);
                } else {
                    bySegment.computeIfAbsent(segment, s -> new ArrayList<>()).add(route);
                }
            }
        });
        bySegment.replaceAll((segment, routes) -> {
            routes.addAll(anySegment);
            return List.copyOf(routes);
        });
        return new RouteIndex(Map.copyOf(bySegment), List.copyOf(anySegment));
    }

    List<Route> candidates(String path) {
        return bySegment.getOrDefault(firstSegment(path), anySegment);
    }

    private static List<Route> routes(RequestMappingInfo info, HandlerMethod handler) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return List.of(Route.anywhere(info, handler));
        }
        return condition.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(pattern -> Route.of(pattern, info, handler))
                .toList();
    }

    /**
     * One pattern of a mapping, reduced to what every path it matches has in common: the pattern's whole
     * segments before its first variable or wildcard ({@code /users} for {@code /users/{id}}, and for
     * {@code /docs/**}, which also matches {@code /docs}), or the whole pattern when it has neither, which
     * then allows that path alone (with or without a trailing slash).
     */
    record Route(String prefix, boolean literal, RequestMappingInfo info, HandlerMethod handler) {

        static Route of(String pattern, RequestMappingInfo info, HandlerMethod handler) {
            if (pattern.isEmpty()) {
                return anywhere(info, handler);
            }
            int special = firstSpecial(pattern);
            if (special < 0) {
                return new Route(StringUtils.trimTrailingCharacter(pattern, '/'), true, info, handler);
            }
            return new Route(
                    pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', special))), false, info, handler);
        }

        static Route anywhere(RequestMappingInfo info, HandlerMethod handler) {
            return new Route("", false, info, handler);
        }

        boolean allows(String path) {
            if (!path.startsWith(prefix)) {
                return false;
            }
            int rest = path.length() - prefix.length();
            if (literal) {
                return rest == 0 || (rest == 1 && path.charAt(prefix.length()) == '/');
            }
            return rest == 0 || path.charAt(prefix.length()) == '/' || prefix.isEmpty();
        }

        /** The first segment every allowed path has, or null when the route allows any first segment. */
        @Nullable
        String firstSegment() {
            return literal || !prefix.isEmpty() ? RouteIndex.firstSegment(prefix) : null;
        }

        /** Where the pattern's first variable or wildcard starts, or -1. */
        private static int firstSpecial(String pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                if ("{*?".indexOf(pattern.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return path.substring(start, end < 0 ? path.length() : end);
    }
}
