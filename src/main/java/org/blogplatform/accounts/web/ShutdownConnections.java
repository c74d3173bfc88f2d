package org.blogplatform.accounts.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat binds its port at initialisation by default, and then a graceful shutdown can only pause accepting:
 * connections made meanwhile wait in the kernel's backlog and are reset when the process exits. Bound at
 * start instead, the listening socket is closed as soon as shutdown begins, so new clients are refused at once
 * and can go to another instance.
 */
@Component
class ShutdownConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("bindOnInit", "false"));
    }
}
