@NullMarked
package org.blogplatform.accounts.pages;

import org.jspecify.annotations.NullMarked;
