package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two instances of the service on one PostgreSQL database, as behind a load balancer. */
class SharedLimitsPostgresTest {

    private static final String FAILURES = "Too many failed sign-ins for this account; try again in ";
    private static final String ADDRESS = "Too many requests from this address; try again in ";

    private static Response wrongSignIn(ApiClient api, String email) {
        return api.postJson("/auth/token", Map.of("email", email, "password", "not the password"));
    }

    private static String unknownEmail() {
        return "nobody-" + System.nanoTime() + "@example.com";
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class InTheDatabaseByDefault {

        Instances instances;

        @BeforeAll
        void start() {
            instances = Instances.onPostgres(
                    2,
                    Map.of(
                            "accounts.limits.sign-in-failures", 3,
                            "accounts.limits.client-requests-per-minute", 5));
        }

        @AfterAll
        void stop() {
            instances.close();
        }

        @Test
        void failedSignInsThroughEitherInstanceDrawOnOneBudget() {
            String email = unknownEmail();
            assertThat(wrongSignIn(instances.api(0), email).status()).isEqualTo(401);
            assertThat(wrongSignIn(instances.api(0), email).status()).isEqualTo(401);
            assertThat(wrongSignIn(instances.api(1), email).status()).isEqualTo(401);

            Response locked = wrongSignIn(instances.api(1), email);

            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.json().get("detail").asString()).startsWith(FAILURES);
        }

        @Test
        void anAddressHasOneRequestBudgetAcrossInstances() {
            for (int i = 0; i < 5; i++) {
                assertThat(instances
                                .api(i % 2)
                                .postJson("/users/register", Map.of())
                                .status())
                        .isEqualTo(422);
            }

            Response limited = instances.api(1).postJson("/users/register", Map.of());

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("detail").asString()).startsWith(ADDRESS);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class InMemoryWhenSetSo {

        Instances instances;

        @BeforeAll
        void start() {
            instances = Instances.onPostgres(
                    2,
                    Map.of(
                            "accounts.limits.store", "memory",
                            "accounts.limits.sign-in-failures", 3,
                            "accounts.limits.client-requests-per-minute", 1000));
        }

        @AfterAll
        void stop() {
            instances.close();
        }

        @Test
        void eachInstanceCountsFailuresOnItsOwn() {
            String email = unknownEmail();
            for (int i = 0; i < 3; i++) {
                assertThat(wrongSignIn(instances.api(0), email).status()).isEqualTo(401);
            }
            assertThat(wrongSignIn(instances.api(0), email).status()).isEqualTo(429);

            assertThat(wrongSignIn(instances.api(1), email).status()).isEqualTo(401);
        }
    }
}
