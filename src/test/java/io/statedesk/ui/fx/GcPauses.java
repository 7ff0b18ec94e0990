package io.statedesk.ui.fx;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's pauses while a measurement runs: a responsiveness failure then says whether the whole
 * JVM stood still. Concurrent collector cycles (ZGC's, G1's marking) are not pauses and are not counted.
 */
final class GcPauses {

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();
    private final AtomicLong totalMillis = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcName().contains("Cycles") || info.getGcCause().contains("Concurrent")
                || info.getGcName().contains("Concurrent")) {
            return;
        }
        long millis = info.getGcInfo().getDuration();
        count.incrementAndGet();
        totalMillis.addAndGet(millis);
        longestMillis.accumulateAndGet(millis, Math::max);
    };

    static GcPauses start() {
        GcPauses pauses = new GcPauses();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(pauses.listener, null, null);
                pauses.emitters.add(emitter);
            }
        }
        return pauses;
    }

    void stop() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GC: %d pauses, longest %d ms, %d ms in all (%s)", count.get(),
                longestMillis.get(), totalMillis.get(), ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList());
    }
}
