package io.statedesk.compare;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compares two stores, or two prefixes of one, key by key: one scan of the left side keeps a fingerprint per key (not
 * the value), then the scan of the right side reports each key as it arrives (different, same, only right), and the
 * keys the right side did not have are reported at the end (only left). Expired items are left out on both sides, as
 * Dapr reads them as absent.
 */
public final class StoreDiff {

    private record Seen(Snapshot snapshot, Fingerprint fingerprint) {
    }

    private final int segments;

    /** @param segments parallel scan segments per side */
    public StoreDiff(int segments) {
        this.segments = segments;
    }

    /**
     * @param sink receives each entry once, one at a time (never concurrently); only-left entries last, in key order
     */
    public DiffSummary run(Side left, Side right, Consumer<DiffEntry> sink, ScanControl control) {
        Map<String, Seen> leftKeys = new HashMap<>();
        long[] counts = new long[5];
        Object lock = new Object();
        ScanSummary leftScan = left.store().scan(request(left), page -> {
            for (StateItem item : page.items()) {
                String key = left.relative(item.key().stored());
                if (key == null) {
                    continue;
                }
                Fingerprint print = item.expired() ? null : Fingerprint.of(item, left.encryption());
                synchronized (lock) {
                    if (item.expired()) {
                        counts[4]++;
                    } else {
                        leftKeys.put(key, new Seen(Snapshot.of(item), print));
                    }
                }
            }
        }, control);
        if (!leftScan.complete()) {
            return new DiffSummary(0, 0, 0, 0, counts[4], false, leftScan.consumedReadCapacity());
        }
        ScanSummary rightScan = right.store().scan(request(right), page -> {
            for (StateItem item : page.items()) {
                String key = right.relative(item.key().stored());
                if (key == null) {
                    continue;
                }
                Fingerprint print = item.expired() ? null : Fingerprint.of(item, right.encryption());
                synchronized (lock) {
                    if (item.expired()) {
                        counts[4]++;
                        continue;
                    }
                    Seen mine = leftKeys.remove(key);
                    DiffEntry entry;
                    if (mine == null) {
                        counts[1]++;
                        entry = new DiffEntry(key, DiffKind.ONLY_RIGHT, null, Snapshot.of(item), "");
                    } else {
                        String difference = mine.fingerprint().difference(print);
                        counts[difference == null ? 3 : 2]++;
                        entry = new DiffEntry(key, difference == null ? DiffKind.SAME : DiffKind.DIFFERENT,
                                mine.snapshot(), Snapshot.of(item), difference == null ? "" : difference);
                    }
                    sink.accept(entry);
                }
            }
        }, control);
        double units = leftScan.consumedReadCapacity() + rightScan.consumedReadCapacity();
        if (!rightScan.complete()) {
            return new DiffSummary(0, counts[1], counts[2], counts[3], counts[4], false, units);
        }
        List<String> rest = new ArrayList<>(leftKeys.keySet());
        rest.sort(null);
        for (String key : rest) {
            sink.accept(new DiffEntry(key, DiffKind.ONLY_LEFT, leftKeys.get(key).snapshot(), null, ""));
        }
        return new DiffSummary(rest.size(), counts[1], counts[2], counts[3], counts[4], true, units);
    }

    private ScanRequest request(Side side) {
        return new ScanRequest(side.prefix().isEmpty() ? null : side.prefix(), false, segments,
                ScanRequest.DEFAULT_PAGE_SIZE, null);
    }
}
