package org.blogplatform.accounts.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.MovableClock;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

abstract class MailOutboxApiTests extends ApiTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxStore outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MovableClock clock;

    @AfterEach
    void smtpServerBack() {
        MailServer.start();
    }

    double count(String meter) {
        return meters.counter(meter).count();
    }

    /** Until the account's one mail has its {@code sent_at} or {@code failed_at} set. */
    void awaitMailMarked(Account account, String column, Duration within) {
        String marked = "select count(*) from mail_outbox where recipient = ? and " + column + " is not null";
        await().atMost(within).until(() -> jdbc.queryForObject(marked, Integer.class, account.email()) == 1);
    }

    @Test
    void mailQueuedWhileTheSmtpServerIsDownIsDeliveredWhenItReturns() {
        double failedBefore = count("accounts.mail.failed.attempts");
        double sentBefore = count("accounts.mail.sent");
        MailServer.stop();

        Account first = api.newAccount();
        Account second = api.newAccount();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("accounts.mail.failed.attempts") >= failedBefore + 4);
        MailServer.start();

        assertThat(MailServer.awaitMail(first.email(), 1)).contains("/verify-email?token=");
        assertThat(MailServer.awaitMail(second.email(), 1)).contains("/verify-email?token=");
        // the server holds the mail a moment before the sender's SMTP session closes and counts it
        await().atMost(Duration.ofSeconds(5)).until(() -> count("accounts.mail.sent") >= sentBefore + 2);
    }

    @Test
    void aMailUndeliverableForADayIsGivenUpAndKeepsNoBody() {
        double abandonedBefore = count("accounts.mail.abandoned");
        MailServer.stop();
        Account account = api.newAccount();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select attempts from mail_outbox where recipient = ?", Integer.class, account.email())
                        > 0);

        clock.advance(Duration.ofHours(25));

        // other tests' mails are given up by the same clock jump, so wait for this account's own mail
        awaitMailMarked(account, "failed_at", Duration.ofSeconds(30));
        assertThat(jdbc.queryForList(
                        "select text_body from mail_outbox where recipient = ?", String.class, account.email()))
                .containsExactly((String) null);
        await().atMost(Duration.ofSeconds(5)).until(() -> count("accounts.mail.abandoned") > abandonedBefore);
        MailServer.start();
    }

    @Test
    void aSentMailKeepsNoBodyWithItsLink() {
        Account account = api.newAccount();
        MailServer.awaitMail(account.email(), 1);

        awaitMailMarked(account, "sent_at", Duration.ofSeconds(10));
        assertThat(jdbc.queryForList(
                        "select text_body from mail_outbox where recipient = ?", String.class, account.email()))
                .containsExactly((String) null);
    }

    /** Two instances' senders claiming at once: the second skips the rows the first has locked; none is taken twice. */
    @Test
    void concurrentClaimsNeverTakeTheSameMail() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant later = Instant.now().plus(Duration.ofDays(400));
        Instant due = later.plusSeconds(1);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 4; i++) {
                outbox.insert("claim-" + i + "@example.com", "s", "t", "h", later);
            }
        });
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<OutboxMail>> first = CompletableFuture.supplyAsync(() -> transaction.execute(s -> {
            List<OutboxMail> claimed = outbox.claim(due, due.plusSeconds(60), 2);
            firstClaimed.countDown();
            awaitLatch(secondDone);
            return claimed;
        }));
        awaitLatch(firstClaimed);
        List<OutboxMail> second = transaction.execute(s -> outbox.claim(due, due.plusSeconds(60), 10));
        secondDone.countDown();
        List<Long> firstIds =
                first.get(30, TimeUnit.SECONDS).stream().map(OutboxMail::id).toList();

        // only once the first claim has committed are all its locks gone
        List<OutboxMail> rest = transaction.execute(s -> outbox.claim(due, due.plusSeconds(60), 10));

        List<Long> secondIds = second.stream().map(OutboxMail::id).toList();
        assertThat(firstIds).hasSize(2);
        assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
        // PostgreSQL skips just the rows the first claim returned, H2 every row it read: either way, none twice
        assertThat(Stream.of(
                                firstIds,
                                secondIds,
                                rest.stream().map(OutboxMail::id).toList())
                        .flatMap(List::stream))
                .hasSize(4)
                .doesNotHaveDuplicates();
        jdbc.update("delete from mail_outbox where recipient like 'claim-%'");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

@OnH2
class MailOutboxApiOnH2Test extends MailOutboxApiTests {}

@OnPostgres
class MailOutboxApiOnPostgresTest extends MailOutboxApiTests {}
