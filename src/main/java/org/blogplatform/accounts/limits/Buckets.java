package org.blogplatform.accounts.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.blogplatform.accounts.web.ApiProblem;

/**
 * Token buckets by key, in memory: {@code capacity} tokens per {@code period}, refilled all at once at the end
 * of it. A bucket untouched for a whole period is full again, so it is forgotten to bound memory.
 */
final class Buckets {

    private static final int MAX_KEYS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final long capacity;
    private final Duration period;

    Buckets(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(period)
                .maximumSize(MAX_KEYS)
                .build();
    }

    /** Takes one token for the key, or throws 429 with the time until the next refill. */
    void take(String key, String detail) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw ApiProblem.tooManyRequests(detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    boolean tryTake(String key) {
        return buckets.get(key, k -> newBucket()).tryConsume(1);
    }

    void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillIntervally(capacity, period)
                        .build())
                .build();
    }
}
