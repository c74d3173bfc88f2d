package org.blogplatform.accounts.pages;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.blogplatform.accounts.sessions.SessionView;

/** A session as a person recognises it: "Firefox on Windows", not the whole User-Agent header. */
record SessionRow(UUID id, String device, String address, Instant lastUsedAt, boolean current) {

    static SessionRow from(SessionView session) {
        return new SessionRow(
                session.id(),
                device(session.userAgent()),
                session.clientAddress() == null ? "unknown" : session.clientAddress(),
                session.lastUsedAt(),
                session.current());
    }

    static String device(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown client";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = first(
                agent,
                new String[][] {
                    {"edg/", "Edge"},
                    {"firefox/", "Firefox"},
                    {"chromium/", "Chromium"},
                    {"chrome/", "Chrome"},
                    {"safari/", "Safari"},
                    {"curl/", "curl"},
                    {"java-http-client", "Java HTTP client"}
                },
                null);
        if (browser == null) {
            return userAgent.length() > 40 ? userAgent.substring(0, 40) + "…" : userAgent;
        }
        String system = first(
                agent,
                new String[][] {
                    {"android", "Android"},
                    {"iphone", "iPhone"},
                    {"ipad", "iPad"},
                    {"windows", "Windows"},
                    {"mac os x", "macOS"},
                    {"cros", "ChromeOS"},
                    {"linux", "Linux"}
                },
                null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(String agent, String[][] names, String otherwise) {
        for (String[] name : names) {
            if (agent.contains(name[0])) {
                return name[1];
            }
        }
        return otherwise;
    }
}
