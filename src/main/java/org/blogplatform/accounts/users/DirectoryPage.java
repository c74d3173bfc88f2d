package org.blogplatform.accounts.users;

import java.util.List;

record DirectoryPage(List<UserResponse> items, String nextCursor) {}
