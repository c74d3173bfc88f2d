package org.blogplatform.accounts.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The primary's data source, except that connections asked for inside {@link #onReplica} come from the replica.
 * A replica that cannot be reached is left alone for a while, and its reads go to the primary meanwhile.
 */
class ReplicaRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);
    private static final ThreadLocal<Boolean> ON_REPLICA = ThreadLocal.withInitial(() -> false);

    private final DataSource replica;
    private final Duration retryAfter;
    private final Clock clock;
    private volatile Instant avoidUntil = Instant.MIN;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica, Duration retryAfter, Clock clock) {
        super(primary);
        this.replica = replica;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    <T> T onReplica(Supplier<T> read) {
        ON_REPLICA.set(true);
        try {
            return read.get();
        } finally {
            ON_REPLICA.remove();
        }
    }

    boolean isAvoided() {
        return clock.instant().isBefore(avoidUntil);
    }

    /** The replica failed a read: the primary answers reads for the next while (the flag is per instance). */
    void avoidForAWhile(Exception failure) {
        if (!isAvoided()) {
            log.warn(
                    "Read replica unavailable ({}); reading from the primary for {}",
                    failure.getClass().getSimpleName(),
                    retryAfter);
        }
        avoidUntil = clock.instant().plus(retryAfter);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ON_REPLICA.get() && !isAvoided()) {
            try {
                return replica.getConnection();
            } catch (SQLException e) {
                avoidForAWhile(e);
            }
        }
        return super.getConnection();
    }

    @Override
    public void close() {
        if (replica instanceof HikariDataSource pool) {
            pool.close();
        }
        if (getTargetDataSource() instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
