@NullMarked
package org.blogplatform.accounts.replica;

import org.jspecify.annotations.NullMarked;
