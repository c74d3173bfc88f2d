package org.blogplatform.accounts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blogplatform.accounts");

    /** What one feature offers another; everything else stays package-private. */
    private static final Set<String> PUBLISHED = Set.of(
            "org.blogplatform.accounts.AccountsApplication",
            "org.blogplatform.accounts.users.CredentialStore",
            "org.blogplatform.accounts.users.StoredCredentials",
            "org.blogplatform.accounts.users.Emails",
            "org.blogplatform.accounts.limits.SignInThrottle",
            "org.blogplatform.accounts.passwords.PasswordPolicy",
            "org.blogplatform.accounts.web.InvalidField",
            "org.blogplatform.accounts.passwords.PasswordHasher",
            "org.blogplatform.accounts.web.ApiProblem");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.blogplatform.accounts.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void onlyPublishedClassesArePublic() {
        classes()
                .that()
                .areTopLevelClasses()
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should()
                .haveNameMatching(String.join("|", PUBLISHED).replace(".", "\\."))
                .check(MAIN);
    }

    @Test
    void entitiesStayInsideTheUsersFeature() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.blogplatform.accounts.users..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(MAIN);
    }

    @Test
    void controllersNeverReturnOrTakeEntities() {
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(MAIN);
    }

    @Test
    void sharedWebSupportKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.blogplatform.accounts.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.blogplatform.accounts.users..",
                        "org.blogplatform.accounts.auth..",
                        "org.blogplatform.accounts.passwords..")
                .check(MAIN);
    }

    @Test
    void noImplSuffixes() {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(MAIN);
    }
}
