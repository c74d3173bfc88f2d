@NullMarked
package org.blogplatform.accounts.passwords;

import org.jspecify.annotations.NullMarked;
