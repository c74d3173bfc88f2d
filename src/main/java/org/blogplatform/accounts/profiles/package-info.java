@NullMarked
package org.blogplatform.accounts.profiles;

import org.jspecify.annotations.NullMarked;
