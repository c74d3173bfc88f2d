package org.blogplatform.accounts.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * With {@code accounts.read-replica.url} set, the application's data source becomes a {@link
 * ReplicaRoutingDataSource}: the primary for everything (migrations, writes, health, a user's own reads), the
 * replica only for reads that {@link PublicReads} sends there.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

    @Bean
    static RoutingPostProcessor readReplicaRouting(Environment environment) {
        return new RoutingPostProcessor(environment);
    }

    /** Ordered, so it runs before unordered post-processors: whatever wraps the data source wraps both. */
    static final class RoutingPostProcessor implements BeanPostProcessor, Ordered {

        private final Environment environment;
        private volatile @Nullable ReplicaRoutingDataSource routing;

        RoutingPostProcessor(Environment environment) {
            this.environment = environment;
        }

        /** The routing data source once the application's data source exists, if a replica is set. */
        @Nullable
        ReplicaRoutingDataSource routing() {
            return routing;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof HikariDataSource primary) || !"dataSource".equals(name)) {
                return bean;
            }
            ReadReplicaProperties replica =
                    Binder.get(environment).bindOrCreate("accounts.read-replica", ReadReplicaProperties.class);
            if (!replica.isSet()) {
                return bean;
            }
            routing = new ReplicaRoutingDataSource(
                    primary, pool(primary, replica), replica.retryAfter(), Clock.systemUTC());
            return routing;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Fails fast: a replica that is down costs a public read at most a quarter of a second before the primary
     * answers it, and then nothing while it is avoided. The service starts whether the replica is up or not.
     */
    private static HikariDataSource pool(HikariDataSource primary, ReadReplicaProperties replica) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(replica.url());
        pool.setUsername(
                replica.username() == null || replica.username().isBlank()
                        ? primary.getUsername()
                        : replica.username());
        pool.setPassword(
                replica.password() == null || replica.password().isBlank()
                        ? primary.getPassword()
                        : replica.password());
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(primary.getMaximumPoolSize());
        pool.setConnectionTimeout(250);
        pool.setValidationTimeout(250);
        pool.setInitializationFailTimeout(-1);
        if (replica.url().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("connectTimeout", "1");
            pool.addDataSourceProperty("socketTimeout", "15");
        }
        return pool;
    }
}
