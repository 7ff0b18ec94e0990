package io.statedesk.ui.keys;

import io.statedesk.ui.common.NaturalOrder;
import java.util.Comparator;
import java.util.List;

/** Rows kept in natural key order: their comparator, and finding a key among them. */
final class NaturalRows {

    static final Comparator<KeyRow> BY_KEY = Comparator.comparing(KeyRow::storedKey, NaturalOrder.INSTANCE);

    private NaturalRows() {
    }

    /** Binary search over rows in natural key order; answers as {@code Collections.binarySearch}. */
    static int indexOf(List<KeyRow> rows, String storedKey) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = NaturalOrder.INSTANCE.compare(rows.get(middle).storedKey(), storedKey);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
