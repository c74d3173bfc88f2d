package org.blogplatform.accounts.limits;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits on what sends mail: per client address (as sign-in's), at most N mails per email address per hour for
 * reset links (beyond that, requests are accepted and dropped, so the answer still reveals nothing), and links
 * that prove an address (verification and email change) per account, so that no account can make the service
 * mail an address it does not own over and over.
 */
@Component
public class RecoveryThrottle {

    private final Buckets addresses;
    private final Buckets emails;
    private final Buckets accounts;

    RecoveryThrottle(LimitProperties limits, BucketStore store) {
        this.addresses = store.buckets("recovery-client", limits.clientRequestsPerMinute(), Duration.ofMinutes(1));
        this.emails = store.buckets("reset-mails", limits.mailsPerEmailPerHour(), Duration.ofHours(1));
        this.accounts = store.buckets("verification-mails", limits.mailsPerEmailPerHour(), Duration.ofHours(1));
    }

    public void perAddress(String route, String clientAddress) {
        addresses.take(route + " " + clientAddress, "Too many requests from this address");
    }

    /** @param email as stored: case-folded */
    public boolean mailAllowed(String email) {
        return emails.tryTake(email);
    }

    public void verificationMail(long userId) {
        accounts.take(Long.toString(userId), "Too many verification mails");
    }
}
