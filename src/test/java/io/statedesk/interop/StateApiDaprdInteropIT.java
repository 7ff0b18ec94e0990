package io.statedesk.interop;

import static io.statedesk.interop.Checks.orNil;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.component.PreparedStore;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The full runtime: daprd 1.16.5 standalone with StateDesk-made components (the sandbox's YAML shape, one per
 * {@code keyPrefix} strategy) on the run's dynoxide, driven through its HTTP state API; StateDesk opens the same
 * component files through its component layer and must show the same keys, parsed, with the same bytes and ETags; and
 * what StateDesk writes, daprd reads with the new ETag. Runs only with {@code -Ddaprd.groups=daprd,daprd-runtime} and
 * a daprd binary (env {@code DAPRD} or {@code ~/.cache/statedesk/daprd-bin/daprd}); see docs/interop.md.
 */
@Tag("daprd-runtime")
@WithTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({RequiresTool.DaprdBinary.class, InteropReport.Writer.class})
class StateApiDaprdInteropIT {

    private static final String APP_ID = "statedesk-interop";
    private static final String DAPRD_READS = "daprd writes → both read";
    private static final String STATEDESK_WRITES = "StateDesk writes → daprd reads";
    /** Component name → keyPrefix metadata (null: daprd's default, appid). */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("statestore", null);
        COMPONENTS.put("statestore-none", "none");
        COMPONENTS.put("statestore-name", "name");
        COMPONENTS.put("statestore-myprefix", "MyPrefix");
        COMPONENTS.put("statestore-namespace", "namespace");
        COMPONENTS.put("statestore-appid", "appid");
    }

    private Daprd daprd;
    private final Map<String, StateStore> stores = new LinkedHashMap<>();
    private final List<DynamoDbClient> clients = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeAll
    void start(TestDatabase db, DaprTables tables) throws Exception {
        Optional<Path> binary = Daprd.locate();
        if (binary.isEmpty()) {
            return; // every test is skipped with the reason by RequiresTool.DaprdBinary
        }
        String table = tables.createWithTtl(InteropFixture.TTL_ATTRIBUTE);
        Path run = GoDriver.projectDirectory().resolve("target").resolve("interop").resolve("daprd");
        deleteRecursively(run);
        Path resources = run.resolve("resources");
        for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
            ComponentYaml.write(resources, component.getKey(), table, db.endpoint(),
                    InteropFixture.TTL_ATTRIBUTE, component.getValue(), component.getKey().equals("statestore"));
        }
        Path config = run.resolve("config.yaml");
        Daprd.writeConfig(config);
        daprd = Daprd.start(binary.get(), APP_ID, resources, config, run.resolve("daprd.log"));
        InteropReport.note("daprd: " + binary.get() + " (" + Subprocess.run(List.of(binary.get().toString(),
                "--version"), null, Map.of(), null, java.time.Duration.ofSeconds(30)).stdout().trim()
                + "), app id " + APP_ID + ", components in target/interop/daprd/resources, log target/interop/daprd/"
                + "daprd.log");
        for (String name : COMPONENTS.keySet()) {
            PreparedStore prepared = ComponentYaml.prepare(resources, name);
            if (prepared.hasErrors()) {
                throw new AssertionError("StateDesk finds errors in its own component " + name + ": "
                        + prepared.problems());
            }
            DynamoDbClient client = prepared.openClient();
            clients.add(client);
            stores.put(name, InteropFixture.counting(DynamoDbStateStores.create(prepared.storeConfig(false), client,
                    pool)));
        }
    }

    @AfterAll
    void stop() {
        if (daprd != null) {
            daprd.close();
        }
        stores.values().forEach(StateStore::close);
        clients.forEach(DynamoDbClient::close);
        pool.shutdownNow();
    }

    private String stored(String component, String key) {
        StoreConfig config = stores.get(component).config();
        return StateKey.storedKey(config.keyPrefix(), APP_ID, component, "", key);
    }

    private Daprd.Response daprdGet(String component, String key) {
        return daprd.get("/v1.0/state/" + component + "/" + key + "?consistency=strong");
    }

    /** An HTTP status of daprd against the one expected; the StateDesk column says what was expected. */
    private static void status(Checks checks, String direction, String subject, String operation,
            Daprd.Response response, int expected) {
        checks.record(direction, subject, operation, "HTTP status", Integer.toString(response.status()),
                expected + " (expected)", response.status() == expected);
    }

    private static String etagHeader(Daprd.Response response) {
        return response.header("etag");
    }

    @Test
    void httpSaves_readThroughStateDesk_withTheSameKeysBytesEtagsAndTtl() {
        Checks checks = new Checks("daprd 1.16.5 HTTP state API", "daprd started standalone with StateDesk-made "
                + "components (target/interop/daprd/resources) on the same dynoxide; requests to its HTTP API; "
                + "StateDesk opens the same component files through its component layer. Dapr column: what daprd's "
                + "HTTP API answered (body, `ETag` header, `metadata.ttlexpiretime` header).");
        Daprd.Response saved = daprd.post("/v1.0/state/statestore", """
                [{"key":"hello","value":"hello"},
                 {"key":"obj","value":{"a":1,"pi":3.14159265,"html":"<&>"}},
                 {"key":"num","value":123},
                 {"key":"ttl","value":"x","metadata":{"ttlInSeconds":"3600"}}]""");
        status(checks, DAPRD_READS, "4 keys", "POST /v1.0/state/statestore", saved, 204);
        List<StateItem> scanned = new CopyOnWriteArrayList<>();
        stores.get("statestore").scan(ScanRequest.withPrefix(APP_ID + "||"), page -> scanned.addAll(page.items()),
                new ScanControl());
        for (String key : List.of("hello", "obj", "num", "ttl")) {
            Daprd.Response get = daprdGet("statestore", key);
            Optional<StateItem> item = stores.get("statestore").get(stored("statestore", key), Consistency.STRONG);
            checks.sameBytes(DAPRD_READS, key, "GET / engine get", get.body(), item.map(StateItem::value).orElse(null));
            checks.same(DAPRD_READS, key, "GET / engine get", "ETag", orNil(etagHeader(get)),
                    orNil(item.map(StateItem::etag).orElse(null)));
            checks.same(DAPRD_READS, key, "GET / engine get", "ttlExpireTime",
                    orNil(get.header("metadata.ttlexpiretime")),
                    orNil(item.flatMap(StateItem::ttlExpireTimeText).orElse(null)));
            checks.same(DAPRD_READS, key, "GET / engine get", "storage type", "S",
                    orNil(item.map(StateItem::storage).orElse(null)));
            StateKey parsed = scanned.stream().map(StateItem::key).filter(k -> k.stateKey().equals(key)).findFirst()
                    .orElse(null);
            checks.same(DAPRD_READS, key, "scan (keys as StateDesk lists them)", "stored key → app id, key",
                    APP_ID + "||" + key + " → " + APP_ID + ", " + key, parsed == null ? "not found"
                            : parsed.stored() + " → " + parsed.appId() + ", " + parsed.stateKey());
        }
        checks.assertAllEqual();
    }

    @Test
    void stateDeskWrites_areReadByDaprd_withTheirNewEtag_andDaprdEtagHeadersWorkOnThem() {
        Checks checks = new Checks("daprd 1.16.5 HTTP state API", null);
        StateStore store = stores.get("statestore");
        daprd.post("/v1.0/state/statestore", "[{\"key\":\"edit-me\",\"value\":\"before\"}]");
        String e1 = etagHeader(daprdGet("statestore", "edit-me"));
        String storedKey = stored("statestore", "edit-me");
        checks.same(DAPRD_READS, "edit-me", "GET / engine get", "ETag", orNil(e1),
                orNil(store.get(storedKey, Consistency.STRONG).map(StateItem::etag).orElse(null)));

        // Edit through StateDesk with the ETag it read; daprd shows the new value and ETag.
        byte[] edited = "{\"edited\":\"by StateDesk\"}".getBytes(StandardCharsets.UTF_8);
        String e2 = store.set(SetRequest.lastWrite(storedKey, edited, Storage.S).withEtag(e1));
        Daprd.Response afterEdit = daprdGet("statestore", "edit-me");
        checks.sameBytes(STATEDESK_WRITES, "edit-me", "engine set (If-Match E1) / GET", afterEdit.body(), edited);
        checks.same(STATEDESK_WRITES, "edit-me", "engine set / GET", "ETag (new)", orNil(etagHeader(afterEdit)), e2);

        // daprd refuses the stale ETag and accepts StateDesk's.
        Daprd.Response stale = daprd.post("/v1.0/state/statestore",
                "[{\"key\":\"edit-me\",\"value\":\"stale\",\"etag\":\"" + e1 + "\"}]");
        status(checks, STATEDESK_WRITES, "edit-me", "POST with the replaced ETag E1", stale, 409);
        Daprd.Response current = daprd.post("/v1.0/state/statestore",
                "[{\"key\":\"edit-me\",\"value\":\"after\",\"etag\":\"" + e2 + "\"}]");
        status(checks, STATEDESK_WRITES, "edit-me", "POST with StateDesk's ETag E2", current, 204);
        String e3 = etagHeader(daprdGet("statestore", "edit-me"));
        checks.same(DAPRD_READS, "edit-me", "GET / engine get", "ETag E3",
                orNil(e3), orNil(store.get(storedKey, Consistency.STRONG).map(StateItem::etag).orElse(null)));

        // Bytes and TTL written by StateDesk.
        byte[] binary = ValueKindsInteropIT.hex("00ff8040");
        String binEtag = store.set(SetRequest.lastWrite(stored("statestore", "bin"), binary, Storage.B));
        Daprd.Response bin = daprdGet("statestore", "bin");
        checks.sameBytes(STATEDESK_WRITES, "bin", "engine set B / GET", bin.body(), binary);
        checks.same(STATEDESK_WRITES, "bin", "engine set B / GET", "ETag", orNil(etagHeader(bin)), binEtag);
        store.set(SetRequest.lastWrite(stored("statestore", "sd-ttl"), "\"t\"".getBytes(StandardCharsets.UTF_8),
                Storage.S).withTtlInSeconds("3600"));
        checks.same(STATEDESK_WRITES, "sd-ttl", "engine set ttlInSeconds 3600 / GET", "ttlExpireTime",
                orNil(daprdGet("statestore", "sd-ttl").header("metadata.ttlexpiretime")),
                orNil(store.get(stored("statestore", "sd-ttl"), Consistency.STRONG)
                        .flatMap(StateItem::ttlExpireTimeText).orElse(null)));

        // Delete: If-Match with the stale ETag refused, with the one StateDesk read accepted.
        Daprd.Response staleDelete = daprd.send("DELETE", "/v1.0/state/statestore/edit-me", null,
                Map.of("If-Match", e2));
        status(checks, STATEDESK_WRITES, "edit-me", "DELETE If-Match E2 (stale)", staleDelete, 409);
        String read = store.get(storedKey, Consistency.STRONG).map(StateItem::etag).orElse("none");
        Daprd.Response delete = daprd.send("DELETE", "/v1.0/state/statestore/edit-me", null, Map.of("If-Match", read));
        status(checks, DAPRD_READS, "edit-me", "DELETE If-Match (ETag StateDesk read)", delete, 204);
        checks.same(DAPRD_READS, "edit-me", "engine get after DELETE", "present", "false",
                Boolean.toString(store.get(storedKey, Consistency.STRONG).isPresent()));
        checks.assertAllEqual();
    }

    @Test
    void transactions_bothWays() {
        Checks checks = new Checks("daprd 1.16.5 HTTP state API", null);
        StateStore store = stores.get("statestore");
        daprd.post("/v1.0/state/statestore", "[{\"key\":\"tx-pre\",\"value\":\"x\"}]");
        Daprd.Response tx = daprd.post("/v1.0/state/statestore/transaction", """
                {"operations":[
                  {"operation":"upsert","request":{"key":"tx-1","value":{"n":1}}},
                  {"operation":"upsert","request":{"key":"tx-2","value":"x"}},
                  {"operation":"delete","request":{"key":"tx-2"}},
                  {"operation":"upsert","request":{"key":"tx-3","value":"y","metadata":{"ttlInSeconds":"60"}}},
                  {"operation":"delete","request":{"key":"tx-pre","etag":"bad-etag"}}]}""");
        status(checks, DAPRD_READS, "tx-1, tx-2, tx-3, tx-pre", "POST …/transaction", tx, 204);
        for (String key : List.of("tx-1", "tx-2", "tx-3", "tx-pre")) {
            Daprd.Response get = daprdGet("statestore", key);
            Optional<StateItem> item = store.get(stored("statestore", key), Consistency.STRONG);
            checks.sameBytes(DAPRD_READS, key, "GET / engine get after the transaction",
                    get.status() == 204 ? null : get.body(), item.map(StateItem::value).orElse(null));
            checks.same(DAPRD_READS, key, "GET / engine get after the transaction", "ETag", orNil(etagHeader(get)),
                    orNil(item.map(StateItem::etag).orElse(null)));
            checks.same(DAPRD_READS, key, "GET / engine get after the transaction", "ttlExpireTime",
                    orNil(get.header("metadata.ttlexpiretime")),
                    orNil(item.flatMap(StateItem::ttlExpireTimeText).orElse(null)));
        }
        byte[] value = "\"from StateDesk\"".getBytes(StandardCharsets.UTF_8);
        store.transact(List.of(new TransactionOperation.Upsert(SetRequest.lastWrite(stored("statestore", "tx-sd"),
                value, Storage.S)), new TransactionOperation.Delete(stored("statestore", "tx-1"))));
        Daprd.Response sd = daprdGet("statestore", "tx-sd");
        checks.sameBytes(STATEDESK_WRITES, "tx-sd", "engine transaction / GET", sd.body(), value);
        checks.same(STATEDESK_WRITES, "tx-sd", "engine transaction / GET", "ETag", orNil(etagHeader(sd)),
                orNil(store.get(stored("statestore", "tx-sd"), Consistency.STRONG).map(StateItem::etag)
                        .orElse(null)));
        status(checks, STATEDESK_WRITES, "tx-1", "engine transaction (delete) / GET",
                daprdGet("statestore", "tx-1"), 204);
        checks.assertAllEqual();
    }

    @Test
    void keyPrefixStrategies_storeTheKeysStateDeskBuildsAndParses() {
        Checks checks = new Checks("daprd 1.16.5 keyPrefix strategies", "One component per `keyPrefix` strategy, "
                + "all on one table; daprd saves key `kp-<component>` through each; StateDesk builds the stored key "
                + "from the component's keyPrefix (read through its component layer), finds it, parses it back and "
                + "edits the value, which daprd then reads with the new ETag.");
        for (String component : COMPONENTS.keySet()) {
            String key = "kp-" + component;
            String body = "\"" + component + "\"";
            daprd.post("/v1.0/state/" + component, "[{\"key\":\"" + key + "\",\"value\":" + body + "}]");
            StateStore store = stores.get(component);
            String storedKey = stored(component, key);
            String subject = component + " (keyPrefix " + orNil(COMPONENTS.get(component)) + ")";
            checks.same(DAPRD_READS, subject, "stored key (daprd: found in the table; StateDesk: built)",
                    "stored key", storedKeysEndingWith(key), storedKey);
            Optional<StateItem> item = store.get(storedKey, Consistency.STRONG);
            checks.sameBytes(DAPRD_READS, subject, "GET / engine get", daprdGet(component, key).body(),
                    item.map(StateItem::value).orElse(null));
            StateKey parsed = StateKey.parse(storedKey, store.config().keyPrefix());
            checks.same(DAPRD_READS, subject, "parse", "state key", key, parsed.stateKey());
            byte[] edited = ("\"edited " + component + "\"").getBytes(StandardCharsets.UTF_8);
            String etag = store.set(SetRequest.lastWrite(storedKey, edited, Storage.S)
                    .withEtag(item.map(StateItem::etag).orElse(null)));
            Daprd.Response after = daprdGet(component, key);
            checks.sameBytes(STATEDESK_WRITES, subject, "engine set / GET", after.body(), edited);
            checks.same(STATEDESK_WRITES, subject, "engine set / GET", "ETag", orNil(etagHeader(after)), etag);
        }
        checks.assertAllEqual();
    }

    @Test
    void bulkGet_matchesStateDesk_andNotesDaprdsEmptyBodyForNonJsonValues() throws Exception {
        Checks checks = new Checks("daprd 1.16.5 HTTP state API", null);
        StateStore store = stores.get("statestore");
        daprd.post("/v1.0/state/statestore", "[{\"key\":\"b-1\",\"value\":{\"n\":1}},{\"key\":\"b-2\",\"value\":\"x\"}]");
        Daprd.Response bulk = daprd.post("/v1.0/state/statestore/bulk", "{\"keys\":[\"b-1\",\"b-2\",\"b-missing\"]}");
        JsonNode results = GoDriver.JSON.readTree(bulk.body());
        var engine = store.bulkGet(List.of(stored("statestore", "b-1"), stored("statestore", "b-2"),
                stored("statestore", "b-missing")), Consistency.EVENTUAL);
        for (int i = 0; i < 3; i++) {
            JsonNode entry = results.get(i);
            Optional<StateItem> item = engine.get(i).item();
            String key = entry.path("key").asText();
            checks.same(DAPRD_READS, key, "POST …/bulk / engine bulkGet", "data (as JSON)",
                    entry.has("data") ? entry.get("data").toString() : "none",
                    item.map(it -> readJson(it.value())).orElse("none"));
            checks.same(DAPRD_READS, key, "POST …/bulk / engine bulkGet", "ETag", entry.has("etag")
                    ? entry.get("etag").asText() : "nil", orNil(item.map(StateItem::etag).orElse(null)));
        }
        store.set(SetRequest.lastWrite(stored("statestore", "b-bin"), ValueKindsInteropIT.hex("00ff8040"),
                Storage.B));
        Daprd.Response withBinary = daprd.post("/v1.0/state/statestore/bulk", "{\"keys\":[\"b-1\",\"b-bin\"]}");
        InteropReport.note("daprd bulk get (POST /v1.0/state/statestore/bulk) over a key holding bytes that are not "
                + "JSON (B 00 ff 80 40, written by StateDesk): HTTP " + withBinary.status() + " with a body of "
                + withBinary.body().length + " bytes; daprd's single GET returns those bytes.");
        checks.assertAllEqual();
    }

    /** The stored keys of the table that are {@code key} or end with {@code ||key}, as daprd wrote them. */
    private String storedKeysEndingWith(String key) {
        String table = stores.get("statestore").config().table();
        List<String> found = new ArrayList<>();
        clients.get(0).scanPaginator(b -> b.tableName(table).projectionExpression("#k")
                .expressionAttributeNames(Map.of("#k", "key"))).items().forEach(item -> {
                    String stored = item.get("key").s();
                    if (stored.equals(key) || stored.endsWith("||" + key)) {
                        found.add(stored);
                    }
                });
        return found.isEmpty() ? "none" : String.join(", ", found);
    }

    private static String readJson(byte[] bytes) {
        try {
            return GoDriver.JSON.readTree(bytes).toString();
        } catch (java.io.IOException e) {
            return "not JSON";
        }
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
