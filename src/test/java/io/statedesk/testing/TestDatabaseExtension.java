package io.statedesk.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts the run's test database once (see {@link TestDatabase}) and resolves {@link DynamoDbClient},
 * {@link DaprTables} and {@link TestDatabase} parameters. The database stops when the run ends.
 */
public final class TestDatabaseExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DaprTables.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension)
            throws ParameterResolutionException {
        TestDatabase db = shared(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return db.client();
        }
        if (type == DaprTables.class) {
            return new DaprTables(db.client());
        }
        return db;
    }

    static TestDatabase shared(ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestDatabase.class, ignored -> TestDatabase.start(), TestDatabase.class);
    }
}
