@NullMarked
package org.blogplatform.accounts.recovery;

import org.jspecify.annotations.NullMarked;
