package io.statedesk.search;

import io.statedesk.engine.table.TableSize;
import java.util.Locale;

/** The question asked before a scan of a table that is not local: what it reads, and what that costs. */
public final class ScanCost {

    private ScanCost() {
    }

    /**
     * @param what     what the scan is for, as the start of a sentence: {@code Comparing}, {@code Searching values}
     * @param location where the table is (endpoint or account and region)
     */
    public static String question(String what, String table, String location, TableSize size) {
        String amount = size.known()
                ? String.format(Locale.ROOT, "about %,d %s, %.1f MB, costing about %,d read capacity units",
                        size.itemCount(), size.itemCount() == 1 ? "item" : "items", size.sizeBytes() / 1_048_576.0,
                        size.scanReadUnits())
                : "an amount DynamoDB does not report";
        return what + " reads the whole table " + table + " (" + location + "): " + amount
                + ". A key prefix filters what was read, so it costs the same. Scan now?";
    }
}
