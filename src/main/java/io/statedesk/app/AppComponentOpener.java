package io.statedesk.app;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.MetadataValues;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.ui.session.ComponentChoice;
import io.statedesk.ui.session.ComponentOpener;
import io.statedesk.ui.session.StoreSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Opens components for the window through the component layer, connecting the way daprd does. */
final class AppComponentOpener implements ComponentOpener {

    private final ExecutorService executor;

    AppComponentOpener(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public List<ComponentChoice> list(Path fileOrFolder) {
        ComponentSet set = load(fileOrFolder);
        List<Violation> violations = ComponentValidator.validate(set);
        List<ComponentChoice> choices = new ArrayList<>();
        for (ComponentManifest component : set.components()) {
            List<Violation> own = violations.stream()
                    .filter(v -> Objects.equals(v.file(), component.file())
                            && Objects.equals(v.component(), component.name()))
                    .toList();
            boolean usable = component.isDynamoDb() && own.stream().noneMatch(Violation::isError);
            List<String> problems = new ArrayList<>(own.stream().map(Violation::describe).toList());
            if (!component.isDynamoDb()) {
                problems.add(0, component.label() + " is a " + component.type()
                        + " component, not a state.aws.dynamodb state store.");
            }
            choices.add(new ComponentChoice(component.label(), String.valueOf(component.type()), component.file(),
                    component.span("document").line(), usable, problems));
        }
        return choices;
    }

    @Override
    public StoreSession open(ComponentChoice choice) {
        ComponentSet set = load(choice.file());
        ComponentManifest manifest = set.components().stream()
                .filter(c -> c.label().equals(choice.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(choice.file() + " no longer holds component "
                        + choice.name() + ". Open the file again."));
        DynamoDbComponentConfig config = DynamoDbComponentConfig.from(manifest, MetadataValues.literal());
        StoreConfig storeConfig = config.toStoreConfig(config.opensReadOnlyByDefault());
        DynamoDbClient client = client(config);
        String location = config.endpointIfSet().orElse("AWS " + config.regionIfSet().orElse("(default region)"))
                + " · table " + storeConfig.table();
        StoreSession session = new StoreSession(manifest.label(), location, config.opensReadOnlyByDefault(), false,
                storeConfig, c -> DynamoDbStateStores.create(c, client, executor));
        try {
            StateStore store = session.store();
            store.probe();
            TableCheck check = store.checkTable();
            if (!check.ok()) {
                throw new IllegalStateException(check.diagnostics().stream()
                        .filter(d -> d.severity() == TableCheck.Severity.ERROR)
                        .map(TableCheck.Diagnostic::message)
                        .collect(Collectors.joining(" ")));
            }
            return session;
        } catch (RuntimeException e) {
            session.close();
            client.close();
            throw e;
        }
    }

    private static ComponentSet load(Path path) {
        try {
            return ComponentLoader.load(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** daprd's order: static keys when both are set, otherwise the SDK's default chain. */
    private static DynamoDbClient client(DynamoDbComponentConfig config) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(ApacheHttpClient.builder());
        if (config.hasStaticKeys()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(config.sessionToken().isEmpty()
                    ? AwsBasicCredentials.create(config.accessKey().reveal(), config.secretKey().reveal())
                    : AwsSessionCredentials.create(config.accessKey().reveal(), config.secretKey().reveal(),
                            config.sessionToken().reveal())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        config.regionIfSet().map(Region::of).ifPresent(builder::region);
        config.endpointIfSet().map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
