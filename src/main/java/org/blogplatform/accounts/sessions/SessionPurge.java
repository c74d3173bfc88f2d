package org.blogplatform.accounts.sessions;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes ended sessions in the background, in small batches so that no statement holds many row locks or
 * runs long; several instances may purge at once without waiting on each other.
 */
@Component
class SessionPurge {

    private static final Logger log = LoggerFactory.getLogger(SessionPurge.class);
    /** A bound per run, so that a huge backlog is worked off over several runs, not in one long loop. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final SessionStore store;
    private final SessionProperties properties;
    private final Clock clock;

    SessionPurge(SessionStore store, SessionProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${accounts.session.purge-interval}",
            fixedDelayString = "${accounts.session.purge-interval}")
    void run() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                log.info("Purged {} ended sessions", deleted);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Session purge failed, will retry at the next run: {}",
                    e.getClass().getSimpleName());
        }
    }

    int purge() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int deleted = store.purge(clock.instant(), properties.purgeBatch());
            total += deleted;
            if (deleted < properties.purgeBatch()) {
                break;
            }
        }
        return total;
    }
}
