package org.blogplatform.accounts.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the end-to-end contracts: each runs once on H2 ({@link OnH2}) and once on PostgreSQL ({@link
 * OnPostgres}) through a subclass that only carries the annotation.
 */
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected int profileRows(ApiClient.Account account) {
        return jdbc.queryForObject("select count(*) from user_profiles where user_id = ?", Integer.class, account.id());
    }

    protected Map<String, Object> storedProfile(ApiClient.Account account) {
        return jdbc.queryForMap(
                "select bio, avatar_url, website_url, twitter, github, updated_at, version from user_profiles"
                        + " where user_id = ?",
                account.id());
    }

    protected static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("type").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL", "select ", "insert ");
    }
}
