package org.blogplatform.accounts.users;

import jakarta.validation.constraints.NotBlank;
import org.blogplatform.accounts.validation.PlainText;
import org.hibernate.validator.constraints.CodePointLength;

record NameChange(
        @NotBlank @CodePointLength(max = 100) @PlainText String name) {}
