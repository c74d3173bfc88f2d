package org.blogplatform.accounts.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Starts the test SMTP server and points the service at it, with retries quick enough for a test. */
public class MailServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MailServer.start();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-mail-server",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", MailServer.PORT,
                                "accounts.mail.poll-interval", "200ms",
                                "accounts.mail.retry-initial", "100ms",
                                "accounts.mail.retry-max", "1s")));
    }
}
