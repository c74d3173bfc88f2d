package org.blogplatform.accounts.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions as RFC 9700 describes them: a refresh token per session, rotated at every refresh; presenting a
 * spent one again ends the whole session, since either its holder or a thief has a copy.
 */
@Service
public class SessionService {

    /** The access token's claim naming its session. */
    public static final String SESSION_ID_CLAIM = "sid";

    private static final Logger log = LoggerFactory.getLogger(SessionService.class);
    private static final int MAX_USER_AGENT = 255;
    private static final int MAX_CLIENT_ADDRESS = 100;

    private final SessionStore store;
    private final SessionRevocations revocations;
    private final SessionProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SessionService(
            SessionStore store,
            SessionRevocations revocations,
            SessionProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.revocations = revocations;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional
    public StartedSession start(long userId, @Nullable String userAgent, @Nullable String clientAddress) {
        Instant now = now();
        Instant end = now.plus(properties.maxTtl());
        Instant idleEnd = idleEnd(now, end);
        UUID id = UUID.randomUUID();
        String token = RefreshTokens.generate();
        store.insert(
                id,
                userId,
                RefreshTokens.hash(token),
                now,
                idleEnd,
                end,
                cut(userAgent, MAX_USER_AGENT),
                cut(clientAddress, MAX_CLIENT_ADDRESS));
        return new StartedSession(id, token, idleEnd);
    }

    /** For the pages' cookie: no rotation, one statement, and the session counts as used. */
    @Transactional
    public Optional<LiveSession> findLive(String refreshToken) {
        Instant now = now();
        return store.touch(RefreshTokens.hash(refreshToken), now, now.plus(properties.idleTtl()))
                .map(touched -> new LiveSession(touched.id(), touched.userId()));
    }

    /** The refresh grant: a new refresh token for the old one, which is spent from now on. */
    public RotatedSession refresh(String refreshToken) {
        String hash = RefreshTokens.hash(refreshToken);
        String next = RefreshTokens.generate();
        Instant now = now();
        try {
            Optional<RotatedSession> rotated = transaction.execute(status -> {
                var touched = store.rotate(hash, RefreshTokens.hash(next), now, now.plus(properties.idleTtl()));
                touched.ifPresentOrElse(session -> store.spend(hash, session.id()), () -> endSpender(hash, now));
                return touched.map(session -> new RotatedSession(
                        session.userId(), new StartedSession(session.id(), next, session.idleExpiresAt())));
            });
            return rotated.orElseThrow(InvalidGrantException::new); // after a reuse's revocation is committed
        } catch (DuplicateKeyException raced) {
            // H2 can let two racing rotations through; the later one's spend collides: a reuse like any other
            transaction.executeWithoutResult(status -> endSpender(hash, now));
            throw new InvalidGrantException();
        }
    }

    private void endSpender(String hash, Instant now) {
        if (revocations.revokeSpender(hash, now) > 0) {
            log.warn("A spent refresh token was presented again; its session is revoked");
        }
    }

    /**
     * The bearer check: one statement, on every signed-in request. No transaction around it: a single statement
     * sees one snapshot on its own, and a transaction would add a commit and a persistence context to each.
     */
    public boolean isLive(UUID sessionId, long userId) {
        return store.isLive(sessionId, userId, now());
    }

    @Transactional(readOnly = true)
    public List<SessionView> list(long userId, UUID currentSessionId) {
        return store.live(userId, currentSessionId, now());
    }

    @Transactional
    public void revoke(long userId, UUID sessionId) {
        if (revocations.revoke(userId, sessionId, now()) == 0) {
            throw new SessionNotFoundException();
        }
    }

    @Transactional
    public void revokeOthers(long userId, UUID keepSessionId) {
        revocations.revokeAllBut(userId, keepSessionId, now());
    }

    @Transactional
    public void revokeAll(long userId) {
        revocations.revokeAll(userId, now());
    }

    Instant now() {
        // PostgreSQL keeps microseconds; truncating here makes what is written and what is read back equal
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant idleEnd(Instant now, Instant end) {
        Instant idleEnd = now.plus(properties.idleTtl());
        return idleEnd.isBefore(end) ? idleEnd : end;
    }

    private static @Nullable String cut(@Nullable String text, int codePoints) {
        if (text == null || text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
