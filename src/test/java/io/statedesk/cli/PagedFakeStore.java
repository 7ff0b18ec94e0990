package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.RawItem;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanListener;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableCreation;
import io.statedesk.engine.model.StateKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A store whose scan hands out fixed pages, one at a time on the calling thread, and runs a hook before each page:
 * tests see what the command printed while the scan was still running. Anything else is not expected.
 */
final class PagedFakeStore implements StateStore {

    private final StoreConfig config;
    private final List<List<String>> pages;
    private final IntConsumer beforePage;
    final List<ScanRequest> requests = new ArrayList<>();
    int pagesDelivered;

    PagedFakeStore(StoreConfig config, List<List<String>> pages, IntConsumer beforePage) {
        this.config = config;
        this.pages = pages;
        this.beforePage = beforePage;
    }

    @Override
    public ScanSummary scan(ScanRequest request, ScanListener listener, ScanControl control) {
        requests.add(request);
        long items = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (control != null && control.isCancelled()) {
                return new ScanSummary(items, items, false, null, 0);
            }
            beforePage.accept(i);
            List<StateItem> page = new ArrayList<>();
            for (String key : pages.get(i)) {
                byte[] value = request.keysOnly() ? new byte[0] : ("{\"k\":\"" + key + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                page.add(new StateItem(StateKey.parse(key, config.keyPrefix()), value, !request.keysOnly(),
                        request.keysOnly() ? null : Storage.S, request.namesOnly() ? null : "etag-" + key, null,
                        false, key.length()));
            }
            items += page.size();
            listener.onPage(new ScanPage(0, page, page.size()));
            pagesDelivered++;
        }
        return new ScanSummary(items, items, true, null, 0);
    }

    @Override
    public TableCreation createTable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoreConfig config() {
        return config;
    }

    @Override
    public Optional<StateItem> get(String key, Consistency consistency) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StateItem> browse(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<RawItem> raw(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String set(SetRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(DeleteRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<BulkGetResult> bulkGet(List<String> keys, Consistency consistency) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<BulkWriteResult> bulkSet(List<SetRequest> requests) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<BulkWriteResult> bulkDelete(List<DeleteRequest> requests) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void transact(List<TransactionOperation> operations) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TableCheck checkTable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void probe() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
