@NullMarked
package org.blogplatform.accounts.docs;

import org.jspecify.annotations.NullMarked;
