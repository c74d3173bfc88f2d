@NullMarked
package org.blogplatform.accounts;

import org.jspecify.annotations.NullMarked;
