package org.blogplatform.accounts.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code GET /livez} on the public port, answered by a Tomcat valve ahead of the filters and Spring MVC: a probe
 * called every few seconds by every orchestrator needs none of them, and they cost several times the answer. It
 * reports the same liveness state as the actuator's group (UP, or DOWN with 503 once the application marked
 * itself broken), with the headers every other answer carries. Other methods go on to the usual chain.
 */
@Component
class LivenessProbe implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String PATH = "/livez";
    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);

    private final ApplicationAvailability availability;

    LivenessProbe(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new Valve(availability));
    }

    private static final class Valve extends ValveBase {

        private final ApplicationAvailability availability;

        Valve(ApplicationAvailability availability) {
            super(true);
            this.availability = availability;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String method = request.getMethod();
            if (!PATH.equals(request.getDecodedRequestURI()) || !("GET".equals(method) || "HEAD".equals(method))) {
                getNext().invoke(request, response);
                return;
            }
            boolean live = availability.getLivenessState() == LivenessState.CORRECT;
            response.setStatus(live ? 200 : 503);
            response.setHeader(
                    RequestIdFilter.HEADER, RequestIdFilter.idFor(request.getHeader(RequestIdFilter.HEADER)));
            // what Spring Security's default header writers add to every API answer
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-XSS-Protection", "0");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
            response.setHeader("X-Frame-Options", "DENY");
            response.setContentType("application/vnd.spring-boot.actuator.v3+json");
            byte[] body = live ? UP : DOWN;
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
