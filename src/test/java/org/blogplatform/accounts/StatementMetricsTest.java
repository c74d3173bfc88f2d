package org.blogplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class StatementMetricsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class))
            .withUserConfiguration(StatementMetrics.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:counted-" + System.nanoTime(),
                    "spring.jdbc.template.query-timeout=7s");

    @Test
    void everyStatementOfTheJdbcClientAndTemplateIsCounted() {
        context.run(context -> {
            JdbcClient client = context.getBean(JdbcClient.class);
            JdbcTemplate template = context.getBean(JdbcTemplate.class);
            double before = counted(context.getBean(MeterRegistry.class));

            template.execute("create table notes (id int primary key, body varchar(20))");
            client.sql("insert into notes values (:id, :body)")
                    .param("id", 1)
                    .param("body", "a")
                    .update();
            client.sql("select body from notes where id = ?")
                    .param(1)
                    .query(String.class)
                    .single();
            template.queryForObject("select count(*) from notes", Integer.class);
            template.update("update notes set body = ? where id = ?", "b", 1);
            template.queryForList("select * from notes");

            assertThat(counted(context.getBean(MeterRegistry.class)) - before).isEqualTo(6);
        });
    }

    @Test
    void theCountingTemplateKeepsBootsTemplateSettings() {
        context.run(context -> assertThat(context.getBean(JdbcTemplate.class).getQueryTimeout())
                .isEqualTo((int) Duration.ofSeconds(7).toSeconds()));
    }

    private static double counted(MeterRegistry registry) {
        return registry.get("accounts.sql.statements").counter().count();
    }
}
