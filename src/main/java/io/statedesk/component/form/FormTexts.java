package io.statedesk.component.form;

import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.component.yaml.ItemValue;
import java.util.Locale;

/** The form's sentences that follow from its values alone. */
public final class FormTexts {

    private FormTexts() {
    }

    /** What the endpoint means for StateDesk, with the hosts the user marked local. */
    public static String endpointNote(FormState state, LocalEndpoints local) {
        ItemValue endpoint = state.value(FormField.ENDPOINT);
        if (endpoint instanceof ItemValue.SecretRef || endpoint instanceof ItemValue.EnvRef) {
            return "The endpoint comes from a reference; StateDesk treats it like AWS (read-only by default).";
        }
        String text = state.text(FormField.ENDPOINT);
        return switch (local.kind(text)) {
            case LOCAL -> "Local endpoint: opened with writes allowed; \"Create the table\" is available.";
            case REAL_AWS -> text.isEmpty()
                    ? "No endpoint: AWS DynamoDB itself. StateDesk opens real AWS read-only by default."
                    : "An AWS endpoint: StateDesk opens real AWS read-only by default.";
            case OTHER -> "Neither local nor AWS: treated like AWS (read-only by default).";
        };
    }

    /** Why a new file's name cannot be used, or null. */
    public static String fileNameProblem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isBlank()) {
            return "Give the file a name, e.g. statestore.yaml.";
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return "The file name must be a plain name inside the folder, e.g. statestore.yaml.";
        }
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            return "The file name must end with .yaml or .yml: daprd loads no other files.";
        }
        return null;
    }

    /** "No problems in the component", or "2 errors, 1 warning: fix the errors to save". */
    public static String summary(boolean unwritable, long errors, long warnings) {
        if (unwritable) {
            return "The changes cannot be written";
        }
        if (errors == 0 && warnings == 0) {
            return "No problems in the component";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + (errors > 0 ? ": fix the errors to save"
                : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
