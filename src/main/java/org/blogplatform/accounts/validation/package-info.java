@NullMarked
package org.blogplatform.accounts.validation;

import org.jspecify.annotations.NullMarked;
