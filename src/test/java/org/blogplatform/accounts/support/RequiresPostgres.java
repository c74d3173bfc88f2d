package org.blogplatform.accounts.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the local PostgreSQL server: skipped, before any application context loads, when the server
 * cannot be reached, except with {@code CI=true}, where that fails the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresReachable.class)
public @interface RequiresPostgres {}
