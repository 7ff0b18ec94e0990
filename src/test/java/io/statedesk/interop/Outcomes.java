package io.statedesk.interop;

import io.statedesk.engine.error.StateStoreException;

/** Compares how an operation ended on each side: ok, Dapr's {@code etag-mismatch}, or any other error. */
final class Outcomes {

    static final String ETAG_MISMATCH_PREFIX = "possible etag mismatch. error from state store: ";

    private Outcomes() {
    }

    /** The driver's outcome of an op: {@code ok} or its error kind. */
    static String dapr(GoResults results, String id) {
        return results.ok(id) ? "ok" : results.errorKind(id);
    }

    /** Records the outcome kinds: Go {@code etag-mismatch} ↔ EtagMismatchException, {@code other} ↔ any other. */
    static boolean sameKind(Checks checks, String direction, String subject, String operation, GoResults dapr,
            String id, StateStoreException engine) {
        String daprKind = dapr(dapr, id);
        return checks.record(direction, subject, operation, "outcome", daprKind, InteropFixture.showKind(engine),
                daprKind.equals(InteropFixture.kindOf(engine)));
    }

    /** Records the texts of two ETag mismatches: both Dapr's prefix and DynamoDB's conditional-check failure. */
    static boolean sameEtagMismatchText(Checks checks, String direction, String subject, String operation,
            String daprError, StateStoreException engine) {
        String engineText = engine == null ? "ok" : engine.getMessage();
        boolean equal = isEtagMismatchText(daprError) && isEtagMismatchText(engineText);
        return checks.record(direction, subject, operation, "error text (Dapr's prefix + the AWS condition failure)",
                daprError, engineText, equal);
    }

    private static boolean isEtagMismatchText(String text) {
        return text != null && text.startsWith(ETAG_MISMATCH_PREFIX)
                && text.contains("ConditionalCheckFailedException") && text.contains("The conditional request failed");
    }

    /** Records two error texts where StateDesk's message must begin with Dapr's exact text (it may add advice). */
    static boolean sameTextPrefix(Checks checks, String direction, String subject, String operation, String daprError,
            StateStoreException engine) {
        String engineText = engine == null ? "ok" : engine.getMessage();
        boolean equal = daprError != null && engineText.startsWith(daprError);
        return checks.record(direction, subject, operation, "error text (StateDesk's begins with Dapr's)", daprError,
                engineText, equal);
    }
}
