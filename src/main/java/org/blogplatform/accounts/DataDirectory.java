package org.blogplatform.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The data directory holds the embedded database and the generated signing secret, so only its owner may enter
 * it. It is created before any bean exists: H2 would otherwise create it with the default permissions.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectory {

    @Bean
    static BeanFactoryPostProcessor ownerOnlyDataDirectory(Environment environment) {
        return beanFactory -> {
            String url = environment.getProperty("spring.datasource.url", "");
            boolean embeddedOnDisk = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            boolean secretGenerated = url.startsWith("jdbc:h2:")
                    && environment.getProperty("accounts.jwt.secret", "").isBlank();
            if (embeddedOnDisk || secretGenerated) {
                create(Path.of(environment.getRequiredProperty("accounts.data-dir")));
            }
        };
    }

    private static void create(Path directory) {
        try {
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
    }
}
