package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

@OnH2
class ManagementPortApiTest extends ApiTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusMetricsAreServedOnTheManagementPortOnly() {
        api.get("/users/1");
        ApiClient management = new ApiClient(managementPort);

        String metrics = management.get("/actuator/prometheus").body();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count")
                .contains("uri=\"/users/{id}\"")
                .contains("accounts_password_hash_waiting")
                .contains("accounts_sql_statements_total")
                // latency histograms are opt-in (ACCOUNTS_METRICS_HISTOGRAMS): they cost CPU on every request
                .doesNotContain("http_server_requests_seconds_bucket")
                // and so is the in-flight gauge, a long-task timer started and stopped on every request
                .doesNotContain("http_server_requests_active");
        assertThat(api.get("/actuator/prometheus", api.newAccount().token()).status())
                .isEqualTo(404);
    }

    @Test
    void healthProbesAnswerOnBothPorts() {
        ApiClient management = new ApiClient(managementPort);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            assertThat(management.get(path).body()).as(path).contains("\"UP\"");
        }
        assertThat(api.get("/livez").status()).isEqualTo(200);
        assertThat(api.get("/readyz").status()).isEqualTo(200);
        assertThat(management.get("/actuator/env", api.newAccount().token()).status())
                .isEqualTo(404);
    }
}
