@NullMarked
package org.blogplatform.accounts.sessions;

import org.jspecify.annotations.NullMarked;
