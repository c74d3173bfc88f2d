package org.blogplatform.accounts.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service over real HTTP on an in-memory H2 database of its own, for a test that changes settings
 * (with {@code @TestPropertySource}) and so needs a context, and data, no other test shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "accounts.jwt.secret=" + ApiClient.TEST_SECRET)
@ContextConfiguration(initializers = OnOwnH2.OwnDatabase.class)
public @interface OnOwnH2 {

    class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("own-h2-database", Map.of("spring.datasource.url", url)));
        }
    }
}
