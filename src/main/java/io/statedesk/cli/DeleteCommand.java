package io.statedesk.cli;

import io.statedesk.engine.model.DeleteRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete one item as Dapr's Delete does. Deleting a missing key succeeds, as in Dapr;",
                "with --etag only the version that was read is deleted (else exit 3)."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk delete 'myapp||order-1' --etag 5f1c0a9e3b2d4c71",
                "  statedesk --allow-writes delete --app-id myapp order-1"})
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Mixin
    KeyOptions keyOptions;

    @Parameters(index = "0", paramLabel = "KEY", description = "The stored key (or the app's key with --app-id).")
    String key;

    @Option(names = "--etag", paramLabel = "E", description = "Delete only if the item still has this ETag.")
    String etag;

    @Override
    public Integer call() {
        Converters.requireNonEmptyEtag(etag);
        try (StoreSession session = root.openStore()) {
            String stored = keyOptions.storedKey(session.target().config(), key);
            session.store().delete(new DeleteRequest(stored, etag));
        }
        return ExitCodes.OK;
    }
}
