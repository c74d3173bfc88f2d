package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;

abstract class HealthApiTests extends ApiTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    private static void assertUp(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessAreUpOnTheManagementPort() {
        ApiClient management = new ApiClient(managementPort);
        assertUp(management.get("/actuator/health/liveness"));
        assertUp(management.get("/actuator/health/readiness"));
        assertUp(management.get("/actuator/health"));
    }

    @Test
    void livenessAndReadinessAreUpOnThePublicPortToo() {
        assertUp(api.get("/livez"));
        assertUp(api.get("/readyz"));
    }

    @Test
    void livenessOnThePublicPortAnswersWithTheHeadersOfEveryAnswer() {
        Response live = api.send("GET", "/livez", null, null, null, Map.of("X-Request-Id", "probe-1"));

        assertUp(live);
        assertThat(live.header("X-Request-Id")).isEqualTo("probe-1");
        assertThat(live.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(live.header("Cache-Control")).contains("no-store");
        assertThat(api.get("/livez").header("X-Request-Id")).isNotBlank().isNotEqualTo("probe-1");
        assertProblem(api.postJson("/livez", Map.of()), 405);
    }

    @Test
    void livenessTurnsDownOnBothPortsOnceTheApplicationIsBroken() {
        ApiClient management = new ApiClient(managementPort);
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            Response publicProbe = api.get("/livez");
            assertThat(publicProbe.status()).isEqualTo(503);
            assertThat(publicProbe.json().get("status").asString()).isEqualTo("DOWN");
            assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertUp(api.get("/livez"));
    }

    @Test
    void healthShowsNoDetails() {
        Response health = new ApiClient(managementPort).get("/actuator/health/readiness");
        assertThat(health.body()).doesNotContain("components", "jdbc", "H2", "PostgreSQL", "database");
    }

    @Test
    void environmentAndBeansAreNotExposedOnEitherPort() {
        ApiClient management = new ApiClient(managementPort);
        String token = api.newAccount().token();
        for (String path : new String[] {
            "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/mappings"
        }) {
            assertThat(management.get(path).status()).as(path).isEqualTo(401);
            assertThat(management.get(path, token).status()).as(path).isEqualTo(404);
            assertThat(api.get(path, token).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/actuator/health", token).status()).isEqualTo(404);
    }
}

@OnH2
class HealthApiOnH2Test extends HealthApiTests {}

@OnPostgres
class HealthApiOnPostgresTest extends HealthApiTests {}
