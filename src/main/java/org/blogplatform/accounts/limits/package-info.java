@NullMarked
package org.blogplatform.accounts.limits;

import org.jspecify.annotations.NullMarked;
