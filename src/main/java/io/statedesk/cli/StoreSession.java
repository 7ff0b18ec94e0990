package io.statedesk.cli;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.engine.StateStore;
import io.statedesk.session.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One command's store: the target it resolved and the session layer's connection to it. Opening sends no request. */
final class StoreSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSession.class);

    private final StoreTarget target;
    private final StoreConnection connection;

    private StoreSession(StoreTarget target, StoreConnection connection) {
        this.target = target;
        this.connection = connection;
    }

    static StoreSession open(StoreTarget target, CliContext context) {
        try {
            StoreSession session = new StoreSession(target, StoreConnection.open(target.component(),
                    target.credentials(), target.settings(), target.config(), context.clients(),
                    context.stores()));
            LOG.info("Component '{}' in {}: {}, {}", target.componentName(), target.file(), target.shown(),
                    target.config().readOnly() ? "read-only" : "writes allowed");
            return session;
        } catch (AwsSetupException e) {
            throw CliException.failure(e.getMessage() + " " + e.fix(), e);
        }
    }

    StoreTarget target() {
        return target;
    }

    StateStore store() {
        return connection.store();
    }

    @Override
    public void close() {
        connection.close();
    }
}
