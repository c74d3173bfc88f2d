package org.blogplatform.accounts.support;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends for requests, on whichever thread; the background threads that
 * deliver mail and handle reset requests are not counted, they run whenever they like.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final java.util.Set<String> BACKGROUND = java.util.Set.of("mail-outbox", "password-reset");

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> {
                        if (!BACKGROUND.contains(Thread.currentThread().getName())) {
                            statements.addAndGet(queries.size());
                        }
                    })
                    .build();
        }
        return bean;
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }
}
