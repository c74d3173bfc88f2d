package org.blogplatform.accounts.users;

import java.util.List;
import org.jspecify.annotations.Nullable;

record DirectoryPage(List<UserResponse> items, @Nullable String nextCursor) {}
