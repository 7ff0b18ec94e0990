package io.statedesk.sandbox;

import io.statedesk.dapr.encryption.StateCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sample state written raw, item by item, the way daprd and the Dapr SDKs leave it in a table: so the sandbox shows
 * what a real table holds, independently of StateDesk's own writer.
 */
public final class SampleState {

    public static final String WORKFLOW_ACTOR = "dapr.internal.default.shipping.workflow";
    public static final int INVENTORY_ITEMS = 120;
    private static final long SIX_YEARS = 6L * 365 * 86_400;

    private final SecureRandom random = new SecureRandom();
    private final long now;
    private final List<Map<String, AttributeValue>> items = new ArrayList<>();

    private final StateCipher cipher;

    private SampleState(Clock clock, StateCipher cipher) {
        this.now = clock.instant().getEpochSecond();
        this.cipher = cipher;
    }

    public static void write(DynamoDbClient client, String table, Clock clock) {
        write(client, table, clock, null);
    }

    /**
     * @param cipher the sandbox's state encryption, which seals the {@code secure||} values; null for values no key
     *               opens
     */
    public static void write(DynamoDbClient client, String table, Clock clock, StateCipher cipher) {
        SampleState sample = new SampleState(clock, cipher);
        sample.build();
        List<Map<String, AttributeValue>> all = sample.items;
        for (int from = 0; from < all.size(); from += 25) {
            List<WriteRequest> batch = all.subList(from, Math.min(all.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }

    /** The items themselves; kept in one place so the README and tests can name them. */
    private void build() {
        // Saved through daprd's HTTP API: JSON text as S.
        json("orders||greeting", "\"hello\"");
        json("orders||empty", "\"\"");
        json("orders||exact", "{\"id\":12345678901234567890,\"price\":0.1,\"html\":\"<b>&</b>\"}");
        json("orders||ключ-⏱️", "\"⏱️\"");
        for (int i = 1; i <= 24; i++) {
            json("orders||order-" + (1000 + i), "{\"orderId\":" + (1000 + i) + ",\"customer\":\"customer-" + (i % 7)
                    + "\",\"items\":[{\"sku\":\"A" + i + "\",\"qty\":" + (i % 3 + 1) + "}],\"total\":"
                    + (i * 7 + 0.5) + ",\"status\":\"" + (i % 4 == 0 ? "SHIPPED" : "NEW") + "\"}");
        }
        for (int i = 1; i <= INVENTORY_ITEMS; i++) {
            json("inventory||sku-" + String.format("%04d", i), "{\"sku\":\"sku-" + i + "\",\"stock\":" + (i * 13 % 97)
                    + ",\"warehouse\":\"" + (i % 2 == 0 ? "east" : "west") + "\"}");
        }
        // TTL: one live for a day, one expired (Dapr reads it as missing). DynamoDB's TTL process skips items that
        // expired more than five years ago, so this one stays visible, as expired items do until DynamoDB gets to them.
        withTtl("orders||session-live", "\"active\"", now + 86_400);
        withTtl("orders||session-expired", "\"stale\"", now - SIX_YEARS);
        // Saved by a Java or Go SDK over gRPC: the serializer's bytes as B.
        bytes("checkout||cart-42", utf8("{\"items\":[{\"sku\":\"A1\",\"qty\":2}],\"total\":19.99}"));
        bytes("checkout||cart-43", utf8("{\"items\":[],\"total\":0}"));
        // A protobuf message (int32 field 1 = -1): not text at all.
        bytes("events||last-event", new byte[] {0x08, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01});
        bytes("media||thumbnail", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        // Actor state (keyPrefix does not apply): appId||actorType||actorId||key.
        for (String id : List.of("o-77", "o-78", "o-79")) {
            bytes("billing||OrderActor||" + id + "||status", utf8(id.equals("o-78") ? "\"PENDING\"" : "\"PAID\""));
            bytes("billing||OrderActor||" + id + "||amount", utf8("{\"currency\":\"EUR\",\"value\":42.5}"));
        }
        bytes("billing||InvoiceActor||inv-1||lines", utf8("[{\"line\":1,\"text\":\"Consulting\"}]"));
        // An actor whose reminder Dapr 1.14 kept in the state store (see the reminder records below).
        bytes("payments||PaymentActor||p-17||attempts", utf8("{\"count\":2,\"last\":\"declined\"}"));
        // Workflow state as daprd 1.16 writes it: actor state of the internal workflow actor type, protobuf as B.
        // The old activity record of Dapr 1.14 is JSON (S).
        SampleWorkflows.workflows(java.time.Instant.ofEpochSecond(now)).forEach((key, value) -> {
            if (key.endsWith("||activityState")) {
                json(key, new String(value, StandardCharsets.UTF_8));
            } else {
                bytes(key, value);
            }
        });
        // Reminder records a Dapr 1.14 left in the state store (1.15+ moved them to the Scheduler without deleting
        // them): JSON lists, metadata and tracks as S, the \0pb protobuf partitions as B.
        SampleWorkflows.reminderRecords(java.time.Instant.ofEpochSecond(now)).forEach((key, value) -> {
            if (value.length > 0 && value[0] == 0) {
                bytes(key, value);
            } else {
                json(key, new String(value, StandardCharsets.UTF_8));
            }
        });
        // A transactional outbox marker whose publish never completed: no keyPrefix, the JSON string "0".
        json("outbox-7d3e9a52-3c1f-4b8e-9a0d-5f2b6c1e8a47", "\"0\"");
        // daprd state encryption: base64(nonce || ciphertext || tag) || key name, always B. With the sandbox's key
        // when it has one (its secret store holds it), else sealed bytes no key opens.
        if (cipher != null) {
            bytes("secure||card", cipher.encrypt(utf8("{\"holder\":\"A. Smith\",\"last4\":\"4242\",\"expires\":\"09/29\"}")));
            bytes("secure||api-token", cipher.encrypt(utf8("\"sk_test_51Hx7Q2\"")));
        } else {
            byte[] sealed = new byte[40];
            random.nextBytes(sealed);
            bytes("secure||card", utf8(Base64.getEncoder().encodeToString(sealed) + "||mykey"));
        }
        // Written by an older daprd transaction: S value and no etag attribute.
        Map<String, AttributeValue> legacy = new HashMap<>();
        legacy.put("key", AttributeValue.fromS("legacy||profile"));
        legacy.put("value", AttributeValue.fromS("{\"a\":1}"));
        items.add(legacy);
        // keyPrefix none: a bare key.
        json("feature-flags", "{\"darkMode\":true,\"beta\":false}");
    }

    private void json(String key, String text) {
        Map<String, AttributeValue> item = base(key);
        item.put("value", AttributeValue.fromS(text));
        items.add(item);
    }

    private void withTtl(String key, String text, long epochSeconds) {
        Map<String, AttributeValue> item = base(key);
        item.put("value", AttributeValue.fromS(text));
        item.put(Sandbox.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(epochSeconds)));
        items.add(item);
    }

    private void bytes(String key, byte[] value) {
        Map<String, AttributeValue> item = base(key);
        item.put("value", AttributeValue.fromB(SdkBytes.fromByteArray(value)));
        items.add(item);
    }

    private Map<String, AttributeValue> base(String key) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("key", AttributeValue.fromS(key));
        // daprd's ETag: a random unsigned 64-bit number in lowercase hex without leading zeros.
        item.put("etag", AttributeValue.fromS(Long.toHexString(random.nextLong())));
        return item;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
