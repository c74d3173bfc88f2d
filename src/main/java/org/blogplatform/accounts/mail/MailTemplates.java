package org.blogplatform.accounts.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/mail/NAME.txt} and {@code NAME.html}. An engine of its own (with Spring's expression
 * language, as the pages use), not a bean: the pages' engine stays as Spring Boot configures it.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML));
    }

    String text(String name, Map<String, Object> model) {
        return engine.process(name + ".txt", new Context(Locale.ENGLISH, model));
    }

    String html(String name, Map<String, Object> model) {
        return engine.process(name + ".html", new Context(Locale.ENGLISH, model));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        return resolver;
    }
}
