package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.Instances;
import org.junit.jupiter.api.Test;

class ShutdownDelayTest {

    @Test
    void onShutdownReadinessGoesDownWhileRequestsAreStillServedForTheDelay() throws InterruptedException {
        Instances instance = new Instances(
                1,
                Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "accounts.shutdown-delay",
                        "60s"));
        ApiClient api = instance.api(0);
        assertThat(api.get("/readyz").status()).isEqualTo(200);

        Thread closing = new Thread(instance::close, "closing");
        closing.start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/readyz").status() == 503);

            assertThat(api.get("/users").status()).isEqualTo(200);
            assertThat(closing.isAlive()).isTrue();
        } finally {
            closing.interrupt(); // ends the delay
            closing.join();
        }
    }
}
