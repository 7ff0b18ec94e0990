package io.statedesk.ui.keys;

import io.statedesk.ui.common.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rows kept in natural key order: finding a key, and merging a scan's batch in one pass. */
final class NaturalRows {

    static final Comparator<KeyRow> BY_KEY = Comparator.comparing(KeyRow::storedKey, NaturalOrder.INSTANCE);

    /** The rows after a merge, and those of the batch that were new (a key already there keeps its row). */
    record Merged(List<KeyRow> rows, List<KeyRow> added) {
    }

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

    /** Sorts the batch and merges it into the sorted rows: O(rows + batch). */
    static Merged merge(List<KeyRow> base, List<KeyRow> batch) {
        batch.sort(BY_KEY);
        List<KeyRow> merged = new ArrayList<>(base.size() + batch.size());
        List<KeyRow> added = new ArrayList<>(batch.size());
        int i = 0;
        int j = 0;
        while (i < base.size() || j < batch.size()) {
            if (j == batch.size()) {
                merged.add(base.get(i++));
                continue;
            }
            KeyRow next = batch.get(j);
            int order = i == base.size() ? 1 : BY_KEY.compare(base.get(i), next);
            if (order < 0) {
                merged.add(base.get(i++));
            } else if (order == 0) {
                merged.add(base.get(i++));
                j++;
            } else {
                if (merged.isEmpty() || !merged.get(merged.size() - 1).storedKey().equals(next.storedKey())) {
                    merged.add(next);
                    added.add(next);
                }
                j++;
            }
        }
        return new Merged(merged, added);
    }
}
