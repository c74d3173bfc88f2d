package org.blogplatform.accounts.support;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** One validator for the unit tests of constraints, built as the application builds it (META-INF/validation.xml). */
public final class BeanValidation {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private BeanValidation() {}

    public static Validator validator() {
        return VALIDATOR;
    }
}
