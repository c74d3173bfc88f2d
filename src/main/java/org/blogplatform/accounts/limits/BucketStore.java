package org.blogplatform.accounts.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the buckets live. In memory, each instance counts for itself; in the database ({@code
 * accounts.limits.store=database}, the default on PostgreSQL) every instance takes tokens from the same row, under
 * {@code SELECT ... FOR UPDATE}, so N instances allow no more than one.
 */
@Component
class BucketStore implements DisposableBean {

    private static final int MAX_KEYS_IN_MEMORY = 100_000;
    private static final int EXPIRED_ROWS_PER_PASS = 1_000;

    private final @Nullable HikariDataSource pool;
    private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> table;

    BucketStore(LimitProperties limits, DataSourceProperties database) {
        if (limits.storeIn(database.determineUrl()) == LimitProperties.Store.DATABASE) {
            pool = ownPool(database);
            table = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_buckets")
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
        } else {
            pool = null;
            table = null;
        }
    }

    boolean isShared() {
        return table != null;
    }

    /**
     * Keys are prefixed with the limit's name (which has no ':') and its size: two limits never share a row, and
     * a row keeps the configuration it was created with, so a changed limit must start rows of its own.
     */
    Buckets buckets(String name, long capacity, Duration period) {
        if (table != null) {
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(Buckets.limit(capacity, period))
                    .build();
            String prefix = name + ":" + capacity + "/" + period + ":";
            return new Buckets(key -> table.builder().build(prefix + key, () -> configuration));
        }
        // a bucket untouched for a whole period is full again, so it is forgotten to bound memory
        Cache<String, Bucket> memory = Caffeine.newBuilder()
                .expireAfterAccess(period)
                .maximumSize(MAX_KEYS_IN_MEMORY)
                .build();
        return new Buckets(key -> memory.get(
                key,
                k -> Bucket.builder().addLimit(Buckets.limit(capacity, period)).build()));
    }

    /** Rows of full buckets go; instances deleting at once skip each other's rows (SKIP LOCKED). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        if (table != null) {
            table.removeExpired(EXPIRED_ROWS_PER_PASS);
        }
    }

    /**
     * A small pool of its own: a limit check never waits behind the request pool, and the statements of limits
     * are not counted among those of the endpoints' data.
     */
    private static HikariDataSource ownPool(DataSourceProperties database) {
        HikariDataSource pool = database.initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        pool.setPoolName("limits");
        pool.setMaximumPoolSize(4);
        pool.setConnectionTimeout(2_000);
        pool.setValidationTimeout(1_000);
        pool.setInitializationFailTimeout(-1);
        pool.addDataSourceProperty("connectTimeout", "2");
        pool.addDataSourceProperty("socketTimeout", "5");
        return pool;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.close();
        }
    }
}
