package io.statedesk.sandbox;

import com.google.protobuf.Any;
import com.google.protobuf.BytesValue;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.statedesk.dapr.proto.StoredReminder;
import io.statedesk.dapr.proto.StoredReminders;
import io.statedesk.dapr.workflow.WorkflowActorType;
import io.statedesk.dapr.workflow.WorkflowRecordsBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's workflow and reminder records, byte for byte as Dapr writes them: three workflow instances as daprd
 * 1.16 stores them (a completed and a failed order, a shipment still running), an activity record of Dapr 1.14, and
 * reminder records an upgrade from Dapr 1.14 leaves behind.
 */
final class SampleWorkflows {

    static final WorkflowActorType ORDERS = WorkflowActorType.workflow("default", "orders");
    static final WorkflowActorType SHIPPING = WorkflowActorType.workflow("default", "shipping");
    static final String COMPLETED = "order-1001";
    static final String FAILED = "order-1002";
    static final String RUNNING = "ship-9f2c";

    private SampleWorkflows() {
    }

    /** Workflow records by stored key: every value is B. */
    static Map<String, byte[]> workflows(Instant now) {
        Map<String, byte[]> records = new LinkedHashMap<>();
        Instant t = now.minusSeconds(3 * 3600);
        String order = "{\"orderId\":1001,\"customer\":\"customer-3\",\"items\":[{\"sku\":\"A1\",\"qty\":2}],"
                + "\"total\":59.9}";
        records.putAll(WorkflowRecordsBuilder.instance(ORDERS, COMPLETED)
                .started("OrderProcessingWorkflow", order, t)
                .activityScheduled(0, "ValidateOrder", order, t.plusMillis(40))
                .replayEnded(t.plusMillis(41))
                .replayStarted(t.plusMillis(310))
                .activityCompleted(0, "{\"valid\":true}", t.plusMillis(305))
                .activityScheduled(1, "ReserveInventory", "{\"sku\":\"A1\",\"qty\":2}", t.plusMillis(330))
                .replayEnded(t.plusMillis(331))
                .replayStarted(t.plusMillis(900))
                .activityCompleted(1, "{\"reservationId\":\"r-77\",\"warehouse\":\"east\"}", t.plusMillis(890))
                .activityScheduled(2, "ProcessPayment", "{\"amount\":59.9,\"currency\":\"EUR\"}", t.plusMillis(920))
                .replayEnded(t.plusMillis(921))
                .replayStarted(t.plusMillis(2400))
                .activityCompleted(2, "{\"paymentId\":\"pay-5521\",\"status\":\"captured\"}", t.plusMillis(2390))
                .activityScheduled(3, "ShipOrder", "{\"orderId\":1001,\"carrier\":\"DHL\"}", t.plusMillis(2420))
                .replayEnded(t.plusMillis(2421))
                .replayStarted(t.plusMillis(3100))
                .activityCompleted(3, "{\"trackingNumber\":\"JD014600003\"}", t.plusMillis(3090))
                .completed("{\"orderId\":1001,\"status\":\"shipped\",\"trackingNumber\":\"JD014600003\"}",
                        t.plusMillis(3110))
                .replayEnded(t.plusMillis(3111))
                .customStatus("shipped")
                .records());
        Instant f = now.minusSeconds(2 * 3600);
        String second = "{\"orderId\":1002,\"customer\":\"customer-5\",\"items\":[{\"sku\":\"B7\",\"qty\":1}],"
                + "\"total\":249}";
        records.putAll(WorkflowRecordsBuilder.instance(ORDERS, FAILED)
                .started("OrderProcessingWorkflow", second, f)
                .activityScheduled(0, "ValidateOrder", second, f.plusMillis(35))
                .replayEnded(f.plusMillis(36))
                .replayStarted(f.plusMillis(280))
                .activityCompleted(0, "{\"valid\":true}", f.plusMillis(270))
                .activityScheduled(1, "ReserveInventory", "{\"sku\":\"B7\",\"qty\":1}", f.plusMillis(300))
                .replayEnded(f.plusMillis(301))
                .replayStarted(f.plusMillis(700))
                .activityCompleted(1, "{\"reservationId\":\"r-78\",\"warehouse\":\"west\"}", f.plusMillis(690))
                .activityScheduled(2, "ProcessPayment", "{\"amount\":249,\"currency\":\"EUR\"}", f.plusMillis(720))
                .replayEnded(f.plusMillis(721))
                .replayStarted(f.plusMillis(5200))
                .activityFailed(2, "PaymentDeclinedException", "card declined: insufficient funds (code 51)",
                        f.plusMillis(5190))
                .failed("PaymentDeclinedException", "card declined: insufficient funds (code 51)", f.plusMillis(5210))
                .replayEnded(f.plusMillis(5211))
                .customStatus("payment failed")
                .records());
        Instant s = now.minusSeconds(40 * 60);
        records.putAll(WorkflowRecordsBuilder.instance(SHIPPING, RUNNING)
                .started("ShipmentWorkflow", "{\"orderId\":1001,\"parcels\":2}", s)
                .activityScheduled(0, "RequestLabel", "{\"orderId\":1001}", s.plusMillis(50))
                .replayEnded(s.plusMillis(51))
                .replayStarted(s.plusMillis(800))
                .activityCompleted(0, "{\"labelId\":\"L-2231\"}", s.plusMillis(790))
                .activityScheduled(1, "ScheduleCarrier", "{\"labelId\":\"L-2231\",\"carrier\":\"DHL\"}",
                        s.plusMillis(820))
                .replayEnded(s.plusMillis(821))
                .replayStarted(s.plusMillis(1900))
                .activityCompleted(1, "{\"pickup\":\"tomorrow 09:00\"}", s.plusMillis(1890))
                .timerCreated(2, now.plusSeconds(20 * 3600), s.plusMillis(1910))
                .replayEnded(s.plusMillis(1911))
                .pendingEvent("CarrierPickedUp", "{\"parcel\":1,\"scan\":\"DE-FRA-01\"}", now.minusSeconds(90))
                .customStatus("in transit")
                .records());
        // Dapr 1.14's activity actor kept the event to run as JSON with a base64 protobuf payload; 1.15+ only
        // deletes it, so upgraded tables can hold a few.
        String payload = Base64.getEncoder().encodeToString(new byte[] {0x08, 0x02, 0x32, 0x00});
        records.put("orders||dapr.internal.default.orders.activity||" + FAILED + "::2::1||activityState",
                ("{\"EventPayload\":\"" + payload + "\"}").getBytes(StandardCharsets.UTF_8));
        return records;
    }

    /** Reminder records of Dapr 1.14, by stored key, with their storage (S for JSON, B for protobuf). */
    static Map<String, byte[]> reminderRecords(Instant now) {
        Map<String, byte[]> records = new LinkedHashMap<>();
        String registered = now.minusSeconds(86_400 * 40).toString().replaceAll("\\.\\d+Z$", "Z");
        records.put("actors||PaymentActor", ("[{\"actorID\":\"p-17\",\"actorType\":\"PaymentActor\",\"name\":"
                + "\"retry-charge\",\"data\":{\"retry\":1},\"period\":\"PT15M\",\"registeredTime\":\""
                + registered + "\",\"dueTime\":\"15m\"}]").getBytes(StandardCharsets.UTF_8));
        records.put("PaymentActor||p-17||retry-charge", ("{\"lastFiredTime\":\"" + registered
                + "\",\"repetitionLeft\":-1}").getBytes(StandardCharsets.UTF_8));
        String metadataId = "5b1a4ce8-2c06-4f36-9ad9-0d39cbb3ad0e";
        records.put("actors||InvoiceActor||metadata", ("{\"id\":\"" + metadataId
                + "\",\"actorRemindersMetadata\":{\"partitionCount\":2}}").getBytes(StandardCharsets.UTF_8));
        records.put("actors||InvoiceActor||" + metadataId + "||reminders||1", protobufReminders(StoredReminder
                .newBuilder().setActorType("InvoiceActor").setActorId("inv-1").setName("send-dunning")
                .setData(Any.newBuilder().setTypeUrl("type.googleapis.com/google.protobuf.BytesValue")
                        .setValue(BytesValue.of(ByteString.copyFromUtf8("{\"level\":2}")).toByteString()))
                .setPeriod("R3/P7D").setDueTime("168h").setRegisteredTime(timestamp(now.minusSeconds(86_400 * 50)))
                .build()));
        records.put("actors||InvoiceActor||" + metadataId + "||reminders||2", protobufReminders());
        return records;
    }

    /** The {@code \0pb} form of Dapr 1.13+. */
    private static byte[] protobufReminders(StoredReminder... reminders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write('p');
        out.write('b');
        out.writeBytes(StoredReminders.newBuilder().addAllReminders(java.util.List.of(reminders)).build()
                .toByteArray());
        return out.toByteArray();
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).build();
    }
}
