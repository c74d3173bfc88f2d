@NullMarked
package org.blogplatform.accounts.web;

import org.jspecify.annotations.NullMarked;
