package org.blogplatform.accounts.users;

import jakarta.validation.constraints.NotBlank;

record NameChange(
        @NotBlank @CodePoints(min = 1, max = 100) @PlainText String name) {}
