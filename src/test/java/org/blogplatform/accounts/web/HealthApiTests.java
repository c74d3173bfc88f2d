package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

abstract class HealthApiTests extends ApiTest {

    @LocalManagementPort
    int managementPort;

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
