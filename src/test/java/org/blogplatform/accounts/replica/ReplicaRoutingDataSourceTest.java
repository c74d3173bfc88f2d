package org.blogplatform.accounts.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ReplicaRoutingDataSourceTest {

    private static final DataSource PRIMARY = new DriverManagerDataSource("jdbc:h2:mem:routing-primary");
    private static final DataSource REPLICA = new DriverManagerDataSource("jdbc:h2:mem:routing-replica");
    private static final DataSource UNREACHABLE = new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/none");

    private static ReplicaRoutingDataSource routing(DataSource replica) {
        return new ReplicaRoutingDataSource(PRIMARY, replica, Duration.ofMinutes(1), Clock.systemUTC());
    }

    private static String databaseOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void connectionsAskedForOnTheReplicaComeFromIt() {
        ReplicaRoutingDataSource routing = routing(REPLICA);

        assertThat(routing.onReplica(() -> databaseOf(routing))).isEqualTo("jdbc:h2:mem:routing-replica");
    }

    @Test
    void everyOtherConnectionComesFromThePrimary() {
        ReplicaRoutingDataSource routing = routing(REPLICA);
        routing.onReplica(() -> databaseOf(routing));

        assertThat(databaseOf(routing)).isEqualTo("jdbc:h2:mem:routing-primary");
    }

    @Test
    void anUnreachableReplicaIsReplacedByThePrimaryAndThenAvoided() {
        ReplicaRoutingDataSource routing = routing(UNREACHABLE);

        assertThat(routing.onReplica(() -> databaseOf(routing))).isEqualTo("jdbc:h2:mem:routing-primary");
        assertThat(routing.isAvoided()).isTrue();
    }

    @Test
    void theReplicaIsTriedAgainOnceTheWaitIsOver() {
        MovableClock clock = new MovableClock();
        ReplicaRoutingDataSource routing = new ReplicaRoutingDataSource(PRIMARY, REPLICA, Duration.ofMinutes(1), clock);
        routing.avoidForAWhile(new SQLException("down"));
        assertThat(routing.onReplica(() -> databaseOf(routing))).isEqualTo("jdbc:h2:mem:routing-primary");

        clock.now = clock.now.plus(Duration.ofMinutes(1));

        assertThat(routing.onReplica(() -> databaseOf(routing))).isEqualTo("jdbc:h2:mem:routing-replica");
    }

    private static final class MovableClock extends Clock {

        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
