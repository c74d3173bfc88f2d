package org.blogplatform.accounts.users;

import jakarta.validation.constraints.NotBlank;
import org.blogplatform.accounts.validation.CodePoints;
import org.blogplatform.accounts.validation.PlainText;

record NameChange(
        @NotBlank @CodePoints(min = 1, max = 100) @PlainText String name) {}
