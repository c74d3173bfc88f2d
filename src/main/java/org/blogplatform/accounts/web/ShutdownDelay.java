package org.blogplatform.accounts.web;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM readiness goes DOWN at once, but a load balancer only notices at its next failed health checks. For
 * {@code accounts.shutdown-delay} the instance keeps serving whatever is still sent to it, and only then does the
 * graceful shutdown close the port and finish the requests in flight; behind a balancer, a plain SIGTERM then
 * fails no request.
 */
@Component
class ShutdownDelay implements ApplicationListener<ContextClosedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDelay.class);

    private final ApplicationContext context;
    private final Duration delay;

    ShutdownDelay(ApplicationContext context, @Value("${accounts.shutdown-delay}") Duration delay) {
        this.context = context;
        this.delay = delay;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // the management port's context closes too, and its event reaches this one's listeners
        if (event.getApplicationContext() != context || delay.isZero() || delay.isNegative()) {
            return;
        }
        log.info("Shutting down: not ready any more, still serving for {} while load balancers notice", delay);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
