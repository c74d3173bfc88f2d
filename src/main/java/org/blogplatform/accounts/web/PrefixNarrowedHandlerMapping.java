package org.blogplatform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring MVC's request mappings, asked in a narrowed set first. For a path that no mapping names literally,
 * such as {@code /users/42}, Spring MVC asks every mapping of the application whether it matches, method and
 * headers first, each through the filters' request wrappers: a sixth of the CPU of a public profile read. A
 * mapping can only match a path that its {@link RouteIndex.Route} allows, and routes are indexed by their first path
 * segment, so only a handful of mappings are asked. When exactly one of them matches, that is the answer the
 * full lookup would give; anything else (no match, so that Spring MVC can tell 404 from 405 and 415, several
 * matches to rank, paths with percent-encoding or matrix variables, which patterns match after decoding) is
 * looked up the full way.
 */
@Configuration(proxyBeanMethods = false)
class PrefixNarrowedHandlerMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        private volatile @Nullable RouteIndex index;

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            if (!narrowable(lookupPath)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            RequestMappingInfo matched = null;
            RouteIndex.Route matchedRoute = null;
            for (RouteIndex.Route route : candidates(lookupPath)) {
                // a mapping with several patterns has several routes, but it is one match
                if (!route.allows(lookupPath) || (matchedRoute != null && matchedRoute.info() == route.info())) {
                    continue;
                }
                RequestMappingInfo match = getMatchingMapping(route.info(), request);
                if (match != null) {
                    if (matched != null) {
                        return super.lookupHandlerMethod(lookupPath, request);
                    }
                    matched = match;
                    matchedRoute = route;
                }
            }
            if (matched == null) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, matchedRoute.handler());
            handleMatch(matched, lookupPath, request);
            return matchedRoute.handler();
        }

        /** The routes a request for the path is checked against: a superset of the mappings that can match. */
        List<RouteIndex.Route> candidates(String path) {
            return index().candidates(path);
        }

        private RouteIndex index() {
            RouteIndex current = index;
            if (current == null) {
                current = RouteIndex.of(getHandlerMethods());
                index = current;
            }
            return current;
        }

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            index = null;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            index = null;
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            index = null;
        }

        private boolean narrowable(String lookupPath) {
            PathPatternParser parser = getPatternParser();
            return parser != null
                    && parser.isCaseSensitive()
                    && lookupPath.indexOf('%') < 0
                    && lookupPath.indexOf(';') < 0
                    && !lookupPath.contains("//");
        }
    }
}
