package org.blogplatform.accounts.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** The whole service over real HTTP on this run's own PostgreSQL database; one context shared by all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET,
            "accounts.limits.client-requests-per-minute=1000000",
            // racing sign-ups on a busy 2-core machine may wait longer than production's 2 s for a hash slot
            "accounts.passwords.hash-slot-wait=1m"
        })
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(ApiTestConfiguration.class)
@RequiresPostgres
public @interface OnPostgres {}
