package io.statedesk.interop;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each interop test, one by one and with the reason, when the tool it needs is missing: {@code go} on the
 * PATH for the Go driver, a daprd binary for the daprd check. Test by test (not the class) so that Surefire lists
 * every skipped test with the reason; the class itself still runs its (tolerant) set-up and tear-down.
 */
public final class RequiresTool {

    private RequiresTool() {
    }

    private static ConditionEvaluationResult evaluate(ExtensionContext context, String missingReason) {
        if (missingReason == null) {
            return ConditionEvaluationResult.enabled("found");
        }
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("each test reports the reason");
        }
        InteropReport.note("Skipped: " + missingReason);
        return ConditionEvaluationResult.disabled(missingReason);
    }

    /** {@code go} on the PATH. */
    public static final class Go implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return evaluate(context, GoDriver.findOnPath("go").isPresent() ? null : GoDriver.goMissingReason());
        }
    }

    /** A daprd binary: env {@code DAPRD}, else {@link Daprd#DEFAULT_BINARY}. */
    public static final class DaprdBinary implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return evaluate(context, Daprd.locate().isPresent() ? null : Daprd.missingReason());
        }
    }
}
