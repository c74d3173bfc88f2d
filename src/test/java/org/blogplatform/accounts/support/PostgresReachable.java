package org.blogplatform.accounts.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresPostgres}. */
class PostgresReachable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String unreachable = PostgresTestDatabase.unreachable();
        if (unreachable == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + PostgresTestDatabase.server());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PostgreSQL is required in CI but not reachable: " + unreachable);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable: " + unreachable);
    }
}
