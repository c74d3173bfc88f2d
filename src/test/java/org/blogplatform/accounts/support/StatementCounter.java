package org.blogplatform.accounts.support;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts the SQL statements the application sends, whichever thread sends them. */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> statements.addAndGet(queries.size()))
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
