@NullMarked
package org.blogplatform.accounts.users;

import org.jspecify.annotations.NullMarked;
