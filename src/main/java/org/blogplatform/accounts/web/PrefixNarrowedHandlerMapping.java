package org.blogplatform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring MVC's request mappings, with the mappings that cannot match a request's path skipped before their
 * conditions are asked. For a path that no mapping names literally, such as {@code /users/42}, Spring MVC asks
 * every mapping of the application whether it matches, method and headers first, each through the filters'
 * request wrappers: a sixth of the CPU of a public profile read. A pattern can only match a path that starts
 * with its literal part (see {@link #literalPrefix}), so only the mappings with such a prefix are asked. Paths
 * with percent-encoding or matrix variables, which patterns match after decoding, are looked up the full way.
 */
@Configuration(proxyBeanMethods = false)
class PrefixNarrowedHandlerMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        // Spring MVC asks each mapping with the request only; the path being looked up is kept for that call.
        private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();
        private static final String[] ANY_PATH = {""};

        private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            if (!narrowable(lookupPath)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            LOOKUP_PATH.set(lookupPath);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKUP_PATH.remove();
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String path = LOOKUP_PATH.get();
            if (path != null && !canMatch(info, path)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        boolean canMatch(RequestMappingInfo info, String path) {
            for (String prefix : prefixes.computeIfAbsent(info, Mapping::literalPrefixes)) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private boolean narrowable(String lookupPath) {
            PathPatternParser parser = getPatternParser();
            return parser != null
                    && parser.isCaseSensitive()
                    && lookupPath.indexOf('%') < 0
                    && lookupPath.indexOf(';') < 0;
        }

        private static String[] literalPrefixes(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return ANY_PATH;
            }
            return condition.getPatterns().stream()
                    .map(PathPattern::getPatternString)
                    .map(PrefixNarrowedHandlerMapping::literalPrefix)
                    .toArray(String[]::new);
        }
    }

    /**
     * The part of a pattern that every path it matches starts with: a literal pattern without a trailing slash,
     * or the pattern up to the last slash before its first variable or wildcard.
     */
    static String literalPrefix(String pattern) {
        int special = -1;
        for (char c : new char[] {'{', '*', '?'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && (special < 0 || at < special)) {
                special = at;
            }
        }
        if (special < 0) {
            return pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        }
        return pattern.substring(0, pattern.lastIndexOf('/', special) + 1);
    }
}
