package org.blogplatform.accounts.users;

import java.util.List;

public record DirectoryPage(List<UserResponse> items, String nextCursor) {}
