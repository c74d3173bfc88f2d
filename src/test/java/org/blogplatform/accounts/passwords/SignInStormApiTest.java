package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.blogplatform.accounts.passwords.PasswordHasherTest.GatedPassword;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One hashing slot, held by the test; four server threads. Sign-ins beyond the two allowed to wait are refused
 * at once, so two threads stay free and reads are answered while the storm lasts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:sign-in-storm;DB_CLOSE_DELAY=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET,
            "accounts.limits.client-requests-per-minute=1000",
            "accounts.passwords.max-concurrent-hashes=1",
            "accounts.passwords.max-waiting-hashes=2",
            "accounts.passwords.hash-slot-wait=10m",
            "server.tomcat.threads.max=4",
            "server.tomcat.threads.min-spare=1"
        })
class SignInStormApiTest {

    @LocalServerPort
    int port;

    @Autowired
    PasswordHasher hasher;

    @Test
    void readsAreAnsweredWhileSignInsFillTheHashingQueue() throws Exception {
        ApiClient api = new ApiClient(port);
        Account account = api.newAccount();
        AtomicInteger inside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            Future<String> slotHolder =
                    pool.submit(() -> hasher.hash(new GatedPassword("pw", inside, new AtomicInteger(), release)));
            await().until(() -> inside.get() == 1);

            List<Future<Response>> signIns = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                signIns.add(pool.submit(() ->
                        api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password()))));
            }
            await().until(() -> hasher.waiting() == 2
                    && signIns.stream().filter(Future::isDone).count() == 4);

            for (Future<Response> refused :
                    signIns.stream().filter(Future::isDone).toList()) {
                Response response = refused.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(503);
                assertThat(response.header("Retry-After")).isEqualTo("600");
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(api.get("/users/" + account.id()).status()).isEqualTo(200);
            assertThat(api.get("/users?limit=5").status()).isEqualTo(200);

            release.countDown();
            slotHolder.get(30, TimeUnit.SECONDS);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> signIn : signIns) {
                statuses.add(signIn.get(30, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).as("the two in line sign in").containsExactlyInAnyOrder(503, 503, 503, 503, 200, 200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
