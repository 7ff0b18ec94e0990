package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Write one item as Dapr's Set does (the whole item is replaced) and print its new ETag.",
                "The bytes are stored exactly as given. With --etag the write only happens if the item still has "
                        + "that ETag (else exit 3); with --first-write only if there is no item (else exit 3)."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk --allow-writes set 'myapp||order-1' '{\"qty\":2}' --etag 5f1c0a9e3b2d4c71",
                "  statedesk set --app-id myapp avatar --file avatar.png --storage B",
                "  echo -n 'hello' | statedesk set 'myapp||greeting' --stdin --ttl 3600"})
final class SetCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Mixin
    KeyOptions keyOptions;

    @Parameters(index = "0", paramLabel = "KEY", description = "The stored key (or the app's key with --app-id).")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The value, as UTF-8 text.")
    String value;

    @Option(names = "--file", paramLabel = "F", description = "Read the value's bytes from this file.")
    Path file;

    @Option(names = "--stdin", description = "Read the value's bytes from standard input.")
    boolean stdin;

    @Option(names = "--storage", paramLabel = "S|B", converter = Converters.WritableStorageConverter.class,
            description = "DynamoDB type of the value: S (text) or B (bytes). Default: the existing item's, else S.")
    Storage storage;

    @Option(names = "--etag", paramLabel = "E", description = "Write only if the item still has this ETag.")
    String etag;

    @Option(names = "--first-write", description = "Write only if the key has no item yet (Dapr's first-write).")
    boolean firstWrite;

    @Option(names = "--ttl", paramLabel = "SECONDS",
            description = "Dapr's ttlInSeconds: the item expires that many seconds from now.")
    String ttl;

    @Override
    public Integer call() {
        byte[] bytes = valueBytes();
        if (etag != null && firstWrite) {
            throw CliException.usage("--etag and --first-write exclude each other");
        }
        Converters.requireNonEmptyEtag(etag);
        try (StoreSession session = root.openStore()) {
            String stored = keyOptions.storedKey(session.target().config(), key);
            if (ttl != null && session.target().config().ttlAttribute().isEmpty()) {
                root.context().err().println("warning: component '" + session.target().componentName()
                        + "' sets no ttlAttributeName, so --ttl is ignored, as daprd ignores it");
            }
            SetRequest request = new SetRequest(stored, bytes, storageFor(session.store(), stored), etag,
                    firstWrite ? Concurrency.FIRST_WRITE : Concurrency.LAST_WRITE, ttl);
            root.context().out().println(session.store().set(request));
        }
        return ExitCodes.OK;
    }

    /**
     * An edited item keeps its storage type. The read that finds it is skipped on a read-only store: there the write
     * is refused before any request.
     */
    private Storage storageFor(StateStore store, String stored) {
        if (storage != null) {
            return storage;
        }
        if (store.config().readOnly()) {
            return Storage.S;
        }
        return store.browse(stored).filter(StateItem::hasValue).map(StateItem::storage)
                .filter(s -> s == Storage.B).orElse(Storage.S);
    }

    private byte[] valueBytes() {
        int sources = (value != null ? 1 : 0) + (file != null ? 1 : 0) + (stdin ? 1 : 0);
        if (sources != 1) {
            throw CliException.usage("give the value exactly one way: VALUE, --file F or --stdin");
        }
        if (value != null) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return file != null ? Files.readAllBytes(file) : root.context().stdin().readAllBytes();
        } catch (IOException e) {
            throw CliException.failure("cannot read the value from " + (file != null ? file : "standard input")
                    + ": " + e.getMessage(), e);
        }
    }
}
