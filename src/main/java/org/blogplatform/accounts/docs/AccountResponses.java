package org.blogplatform.accounts.docs;

import static java.util.Map.entry;
import static org.blogplatform.accounts.docs.DocumentedResponses.DELETED_MEANWHILE;

import java.util.Map;

/** The errors of the account, sign-in and profile operations, beyond those every operation of their kind has. */
final class AccountResponses {

    private static final String CHANGED_MEANWHILE = "The profile is being changed concurrently; retry";
    private static final String ETAG_MISMATCH = "If-Match does not match the current ETag; nothing changed";
    private static final String HASHING_BUSY =
            "The database is unavailable, or too many passwords are being checked at once; see Retry-After";
    private static final String ETAG_MALFORMED = "Malformed JSON body or URL, or an ETag header that is not quoted";

    private AccountResponses() {}

    static final Map<String, Map<Integer, String>> BY_OPERATION = Map.ofEntries(
            entry(
                    "POST /users/register",
                    Map.of(
                            409, "The email is already registered",
                            429, "Too many requests from this address",
                            503, HASHING_BUSY)),
            entry(
                    "POST /auth/token",
                    Map.of(
                            400,
                            "Malformed request; or error invalid_grant: the refresh token is unknown, expired, revoked"
                                    + " or spent (then its whole session is revoked); or error unsupported_grant_type",
                            401,
                            "Incorrect email or password",
                            429,
                            "Too many requests from this address, or failed sign-ins for this account",
                            503,
                            HASHING_BUSY)),
            entry("GET /users/{id}", Map.of(404, "No such user", 422, "id is not a whole number")),
            entry(
                    "GET /users",
                    Map.of(422, "limit is not a whole number from 1 to 100, or after is not a next_cursor")),
            entry("GET /users/me", Map.of(404, DELETED_MEANWHILE)),
            entry("PATCH /users/me", Map.of(404, DELETED_MEANWHILE)),
            entry("DELETE /users/me", Map.of(404, DELETED_MEANWHILE)),
            entry(
                    "PUT /users/me/password",
                    Map.of(
                            403, "The current password is not correct",
                            404, DELETED_MEANWHILE,
                            409, "The password was changed meanwhile; sign in again",
                            429, "Too many requests from this address, or wrong passwords for this account",
                            503, HASHING_BUSY)),
            entry("GET /users/me/profile", Map.of(400, ETAG_MALFORMED, 404, DELETED_MEANWHILE)),
            entry("DELETE /users/me/sessions/{id}", Map.of(404, "No live session of the caller has this id")),
            entry(
                    "PUT /users/me/profile",
                    Map.of(400, ETAG_MALFORMED, 404, DELETED_MEANWHILE, 409, CHANGED_MEANWHILE, 412, ETAG_MISMATCH)),
            entry(
                    "PATCH /users/me/profile",
                    Map.of(400, ETAG_MALFORMED, 404, DELETED_MEANWHILE, 409, CHANGED_MEANWHILE, 412, ETAG_MISMATCH)));
}
