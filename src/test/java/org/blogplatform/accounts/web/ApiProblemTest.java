package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

    @Test
    void aTooManyRequestsSaysTheWaitOfItsRetryAfterInWords() {
        ApiProblem problem = ApiProblem.tooManyRequests("Too many requests", Duration.ofSeconds(700));

        assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("700");
        assertThat(problem.getBody().getDetail()).isEqualTo("Too many requests; try again in 12 minutes");
    }

    @Test
    void theWaitIsRoundedUpInTheUnitThatReadsBest() {
        assertThat(ApiProblem.inWords(1)).isEqualTo("1 second");
        assertThat(ApiProblem.inWords(45)).isEqualTo("45 seconds");
        assertThat(ApiProblem.inWords(90)).isEqualTo("90 seconds");
        assertThat(ApiProblem.inWords(91)).isEqualTo("2 minutes");
        assertThat(ApiProblem.inWords(15 * 60)).isEqualTo("15 minutes");
        assertThat(ApiProblem.inWords(91 * 60)).isEqualTo("2 hours");
    }

    @Test
    void aPartSecondCountsAsAWholeOne() {
        ApiProblem problem = ApiProblem.tooManyRequests("Slow down", Duration.ofMillis(1001));
        assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(problem.getBody().getDetail()).isEqualTo("Slow down; try again in 2 seconds");
    }
}
