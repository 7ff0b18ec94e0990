package io.statedesk.compare;

import java.util.Locale;

/**
 * How a comparison ended.
 *
 * @param onlyLeft     keys only the left side has
 * @param onlyRight    keys only the right side has
 * @param different    keys whose value (or storage type) differs
 * @param same         keys equal on both sides
 * @param expired      expired items left out (Dapr reads them as absent), both sides together
 * @param complete     false when the comparison was stopped: the counts cover what was read until then
 * @param readUnits    read capacity units DynamoDB reported for both scans (0 where it reports none)
 */
public record DiffSummary(long onlyLeft, long onlyRight, long different, long same, long expired, boolean complete,
        double readUnits) {

    public boolean equal() {
        return complete && onlyLeft == 0 && onlyRight == 0 && different == 0;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%,d only left, %,d only right, %,d different, %,d same%s%s", onlyLeft,
                onlyRight, different, same, expired > 0 ? String.format(Locale.ROOT, " (%,d expired left out)",
                        expired) : "", complete ? "" : "; stopped before the end");
    }
}
