package org.blogplatform.accounts.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The client address is the TCP peer, unless that peer is one of {@code accounts.trusted-proxies} (addresses or
 * CIDR blocks): then Tomcat's {@link RemoteIpValve} takes the right-most {@code X-Forwarded-For} address that is
 * not itself a trusted proxy. Spring Boot's own forwarded-header support stays off
 * ({@code server.forward-headers-strategy=none}), so no detected cloud platform can make the header trusted.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String proxies;

    TrustedProxies(@Value("${accounts.trusted-proxies:}") String proxies) {
        this.proxies = Arrays.stream(proxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::asBlock)
                .collect(Collectors.joining(","));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // with a '/' in it the valve reads the list as CIDR blocks, not as a regular expression
        valve.setInternalProxies(proxies);
        valve.setTrustedProxies(null);
        factory.addEngineValves(valve);
    }

    /** A single address is the block of just that address. */
    private static String asBlock(String entry) {
        if (entry.contains("/")) {
            return entry;
        }
        return entry + (entry.contains(":") ? "/128" : "/32");
    }
}
