@NullMarked
package org.blogplatform.accounts.mail;

import org.jspecify.annotations.NullMarked;
