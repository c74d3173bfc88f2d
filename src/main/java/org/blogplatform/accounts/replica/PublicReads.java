package org.blogplatform.accounts.replica;

import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Runs a read of public data on the read replica when there is one. Only anonymous reads come here: whatever a
 * signed-in caller reads goes to the primary, so a user always sees their own writes, whichever instance took
 * them and however far the replica lags. A read the replica fails is read again from the primary.
 */
@Component
public class PublicReads {

    private final ReadReplicaConfiguration.RoutingPostProcessor replica;

    PublicReads(ReadReplicaConfiguration.RoutingPostProcessor replica) {
        this.replica = replica;
    }

    public <T> T read(Supplier<T> read) {
        ReplicaRoutingDataSource routing = replica.routing();
        if (routing == null || routing.isAvoided()) {
            return read.get();
        }
        try {
            return routing.onReplica(read);
        } catch (DataAccessException | TransactionException e) {
            routing.avoidForAWhile(e);
            return read.get();
        }
    }
}
