package io.statedesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a value search saw.
 *
 * @param examined  items DynamoDB sent (after its own text filter, when there was one)
 * @param matched   items that satisfy the search
 * @param binary    values skipped because they are not text
 * @param encrypted values skipped because they are encrypted and the keys are not at hand
 * @param notJson   text values a JSON query could not look into
 * @param noValue   items without a value
 * @param decrypted encrypted values searched in their plaintext
 */
public record SearchCounts(long examined, long matched, long binary, long encrypted, long notJson, long noValue,
        long decrypted) {

    public static final SearchCounts NONE = new SearchCounts(0, 0, 0, 0, 0, 0, 0);

    /** What was skipped, as one clause, or empty: {@code 3 binary and 1 encrypted value skipped}. */
    public String skipped() {
        List<String> parts = new ArrayList<>();
        if (binary > 0) {
            parts.add(binary + " binary");
        }
        if (encrypted > 0) {
            parts.add(encrypted + " encrypted");
        }
        if (notJson > 0) {
            parts.add(notJson + " not JSON");
        }
        if (noValue > 0) {
            parts.add(noValue + " without a value");
        }
        if (parts.isEmpty()) {
            return "";
        }
        long total = binary + encrypted + notJson + noValue;
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return String.format(Locale.ROOT, "%s %s skipped", joined, total == 1 ? "value" : "values");
    }
}
