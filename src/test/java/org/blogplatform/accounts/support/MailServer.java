package org.blogplatform.accounts.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real SMTP server (GreenMail) for every test context of the run, on a port fixed for the run so that a test
 * can stop it and start it again where the service expects it.
 */
public final class MailServer {

    public static final int PORT = freePort();
    private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})\\b");
    private static GreenMail server;

    private MailServer() {}

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received for this address so far, oldest first. */
    public static synchronized List<MimeMessage> to(String recipient) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isTo(message, recipient))
                .toList();
    }

    /** Waits for the n-th mail (1-based) to this address and returns its text part. */
    public static String awaitMail(String recipient, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> to(recipient).size() >= n);
        return text(to(recipient).get(n - 1));
    }

    /** The token of the link in the n-th mail to this address. */
    public static String awaitToken(String recipient, int n) {
        return tokenIn(awaitMail(recipient, n));
    }

    public static String tokenIn(String text) {
        Matcher link = LINK_TOKEN.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no link with a token in: " + text);
        }
        return link.group(1);
    }

    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
