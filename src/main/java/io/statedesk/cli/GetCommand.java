package io.statedesk.cli;

import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.StateItem;
import java.io.PrintWriter;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "get", mixinStandardHelpOptions = true,
        description = {"Read one item as Dapr's Get does: an expired item is absent (exit 4).",
                "raw writes the value's exact bytes; json prints key, storage, valueBase64, value, etag, "
                        + "ttlExpireTime and expired."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk get 'myapp||order-1' --output json",
                "  statedesk get --app-id myapp order-1 --output raw > order-1.bin"})
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Mixin
    KeyOptions keyOptions;

    @Parameters(index = "0", paramLabel = "KEY", description = "The stored key (or the app's key with --app-id).")
    String key;

    @Option(names = "--consistency", paramLabel = "strong|eventual", defaultValue = "strong",
            converter = Converters.ConsistencyConverter.class,
            description = "Read consistency (default: strong, the latest write; Dapr's own default is eventual).")
    Consistency consistency;

    @Option(names = "--output", paramLabel = "text|json|raw", defaultValue = "text",
            description = "text (default), json or raw.")
    OutputFormat output;

    @Option(names = "--include-expired",
            description = "Show an item whose TTL has passed (Dapr reports it as absent) instead of exit 4.")
    boolean includeExpired;

    @Option(names = "--decrypt",
            description = "Decrypt a value daprd encrypted (the component's primaryEncryptionKey or "
                    + "secondaryEncryptionKey, chosen by the name after the value's ||): raw prints the plaintext, "
                    + "json adds decryptedBase64, decrypted and encryptionKey.")
    boolean decrypt;

    @Override
    public Integer call() {
        try (StoreSession session = root.openStore()) {
            String stored = keyOptions.storedKey(session.target().config(), key);
            Optional<StateItem> found = includeExpired
                    ? session.store().browse(stored)
                    : session.store().get(stored, consistency);
            StateItem item = found.orElseThrow(() -> new CliException(ExitCodes.NOT_FOUND,
                    "no item with key '" + stored + "' in table " + session.target().config().table()));
            if (decrypt) {
                printDecrypted(item, Decryption.open(session.target().encryption(), item));
            } else {
                print(item);
            }
        }
        return ExitCodes.OK;
    }

    private void printDecrypted(StateItem item, Decryption.Opened opened) {
        CliContext context = root.context();
        switch (output) {
            case RAW -> context.writeRaw(opened.plaintext());
            case JSON -> context.out().println(ItemJson.write(Decryption.json(item, opened)));
            case TEXT -> {
                printText(context.out(), item);
                context.out().println();
                context.out().println("decrypted with key '" + opened.keyName() + "' (" + opened.plaintext().length
                        + " bytes):");
                context.out().println(Decryption.text(opened.plaintext()));
            }
        }
    }

    private void print(StateItem item) {
        CliContext context = root.context();
        switch (output) {
            case RAW -> context.writeRaw(item.value());
            case JSON -> context.out().println(ItemJson.write(ItemJson.item(item, false)));
            case TEXT -> printText(context.out(), item);
        }
    }

    static void printText(PrintWriter out, StateItem item) {
        out.println("key:      " + item.key().stored());
        out.println("storage:  " + (item.hasValue() ? item.storage() : "(no value)"));
        out.println("etag:     " + (item.etag() == null ? "(none)" : item.etag()));
        item.ttlExpireTime().ifPresent(t -> out.println("expires:  " + t + (item.expired() ? " (expired)" : "")));
        if (!item.hasValue()) {
            return;
        }
        byte[] bytes = item.value();
        out.println("bytes:    " + bytes.length);
        out.println();
        Optional<String> text = ItemJson.utf8(bytes);
        if (text.isEmpty()) {
            out.println("(binary) base64: " + Base64.getEncoder().encodeToString(bytes));
            return;
        }
        // JSON is indented for reading only, numbers as written; raw and json output give the stored bytes.
        out.println(ItemJson.compactJson(text.get()).map(DaprJson::pretty).orElse(text.get()));
    }
}
