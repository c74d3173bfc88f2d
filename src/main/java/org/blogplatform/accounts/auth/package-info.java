@NullMarked
package org.blogplatform.accounts.auth;

import org.jspecify.annotations.NullMarked;
