package org.blogplatform.accounts.pages;

import java.util.UUID;

/** Who a page request comes from: the user and the session their cookie names. */
record SignedIn(long userId, UUID sessionId) {}
