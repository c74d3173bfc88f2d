package org.blogplatform.accounts.docs;

import static java.util.Map.entry;
import static org.blogplatform.accounts.docs.DocumentedResponses.DELETED_MEANWHILE;

import java.util.Map;

/** The errors of the recovery and verification operations, beyond those every operation of their kind has. */
final class RecoveryResponses {

    private static final String INVALID_LINK =
            "Malformed body, or the link is invalid or has expired (unknown, used or expired token: one answer)";
    private static final String TOO_MANY_FROM_ADDRESS = "Too many requests from this address";

    static final Map<String, Map<Integer, String>> BY_OPERATION = Map.ofEntries(
            entry(
                    "POST /auth/password-reset",
                    Map.of(429, TOO_MANY_FROM_ADDRESS, 503, "The database is unavailable, or too many reset requests")),
            entry("POST /auth/password-reset/confirm", Map.of(400, INVALID_LINK, 429, TOO_MANY_FROM_ADDRESS)),
            entry(
                    "POST /auth/verify-email",
                    Map.of(
                            400, INVALID_LINK,
                            409, "An email change's new address was registered by another account meanwhile",
                            429, TOO_MANY_FROM_ADDRESS)),
            entry(
                    "POST /users/me/email-verification",
                    Map.of(
                            404, DELETED_MEANWHILE,
                            409, "The email is already verified",
                            429, "Too many verification and email-change mails for this account")),
            entry(
                    "PUT /users/me/email",
                    Map.of(
                            403,
                            "The current password is not correct",
                            404,
                            DELETED_MEANWHILE,
                            409,
                            "The new email is already registered",
                            429,
                            "Too many requests from this address, failed password checks for this account, or"
                                    + " verification and email-change mails for this account")));

    private RecoveryResponses() {}
}
