package org.blogplatform.accounts.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The whole service over real HTTP on an in-memory H2 database; one context shared by all such tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:accounts-api;DB_CLOSE_DELAY=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET,
            "accounts.limits.client-requests-per-minute=1000000",
            // racing sign-ups on a busy 2-core machine may wait longer than production's 2 s for a hash slot
            "accounts.passwords.hash-slot-wait=1m"
        })
@Import(ApiTestConfiguration.class)
public @interface OnH2 {}
