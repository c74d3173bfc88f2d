package org.blogplatform.accounts.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import org.blogplatform.accounts.validation.PlainText;
import org.hibernate.validator.constraints.CodePointLength;

/** The rest of what {@code GET /users/me} answered may come back with the name, and is ignored. */
@JsonIgnoreProperties({"id", "email", "email_verified", "profile"})
public record NameChange(
        @NotBlank @CodePointLength(max = 100) @PlainText String name) {}
