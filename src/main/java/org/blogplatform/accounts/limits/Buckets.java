package org.blogplatform.accounts.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.function.Function;
import org.blogplatform.accounts.web.ApiProblem;

/**
 * Token buckets by key: {@code capacity} tokens per {@code period}, refilled all at once at the end of it. Where
 * a bucket lives is the {@link BucketStore}'s choice.
 */
final class Buckets {

    private final Function<String, Bucket> bucketFor;

    Buckets(Function<String, Bucket> bucketFor) {
        this.bucketFor = bucketFor;
    }

    static Bandwidth limit(long capacity, Duration period) {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillIntervally(capacity, period)
                .build();
    }

    /** Takes one token for the key, or throws 429 with the time until the next refill. */
    void take(String key, String detail) {
        ConsumptionProbe probe = bucketFor.apply(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw ApiProblem.tooManyRequests(detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    boolean tryTake(String key) {
        return bucketFor.apply(key).tryConsume(1);
    }

    void giveBack(String key) {
        bucketFor.apply(key).addTokens(1);
    }
}
