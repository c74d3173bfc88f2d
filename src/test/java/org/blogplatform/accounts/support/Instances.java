package org.blogplatform.accounts.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.AccountsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Several instances of the whole service in one JVM, each with its own context and ports, on one database. */
public final class Instances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    public Instances(int count, Map<String, Object> properties) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> all = new java.util.HashMap<>(properties);
            all.put("server.port", 0);
            all.put("management.server.port", 0);
            all.put("accounts.jwt.secret", ApiClient.TEST_SECRET);
            // as arguments: they outrank application.properties, as the environment does in production
            String[] arguments = all.entrySet().stream()
                    .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                    .toArray(String[]::new);
            contexts.add(new SpringApplicationBuilder(AccountsApplication.class).run(arguments));
        }
    }

    /** Instances on this run's PostgreSQL database. */
    public static Instances onPostgres(int count, Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("spring.datasource.url", PostgresTestDatabase.url());
        all.put("spring.datasource.username", PostgresTestDatabase.user());
        all.put("spring.datasource.password", PostgresTestDatabase.password());
        return new Instances(count, all);
    }

    public ApiClient api(int instance) {
        return new ApiClient(
                Integer.parseInt(contexts.get(instance).getEnvironment().getRequiredProperty("local.server.port")));
    }

    public <T> T bean(int instance, Class<T> type) {
        return contexts.get(instance).getBean(type);
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }
}
