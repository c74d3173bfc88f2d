package org.blogplatform.accounts.passwords;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.blogplatform.accounts.web.ApiProblem;

/**
 * At most {@code slots} password hashes run at once. A request waits for a slot at most {@code maxWait}, and at
 * most {@code maxWaiting} requests wait at all: a storm of sign-ins can never park every server thread here, so
 * other requests keep being answered. Beyond either bound the answer is 503 with {@code Retry-After}.
 */
final class HashSlots {

    private final Semaphore slots;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    HashSlots(int slots, int maxWaiting, Duration maxWait) {
        this.slots = new Semaphore(slots, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    <T> T run(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    int waiting() {
        return waiting.get();
    }

    private void acquire() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            if (slots.tryAcquire()) {
                return; // a slot came free meanwhile
            }
            throw busy();
        }
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private ApiProblem busy() {
        return ApiProblem.serviceUnavailable(
                "Too many passwords are being checked right now; try again in a moment", maxWait);
    }
}
