package io.statedesk.app;

import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Violation;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.ui.session.ComponentChoice;
import io.statedesk.ui.session.ComponentOpener;
import io.statedesk.ui.session.StoreSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Opens components for the window through the component layer, the way daprd connects: validation, secrets,
 * credentials, then daprd's start-up probe and StateDesk's table check. Failures are one sentence each.
 */
final class AppComponentOpener implements ComponentOpener {

    private final ExecutorService executor;

    AppComponentOpener(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public List<ComponentChoice> list(Path fileOrFolder) {
        ComponentCatalog catalog = catalog(fileOrFolder);
        List<ComponentChoice> choices = new ArrayList<>();
        for (ComponentCatalog.Entry entry : catalog.entries()) {
            List<String> problems = new ArrayList<>(entry.problemSentences());
            if (!entry.isDynamoDb()) {
                problems.add(0, entry.name() + " is a " + entry.type()
                        + " component, not a state.aws.dynamodb state store.");
            }
            choices.add(new ComponentChoice(entry.name(), entry.type(), entry.file(), entry.line(), entry.usable(),
                    problems));
        }
        if (choices.isEmpty() && !catalog.fileProblems().isEmpty()) {
            throw new IllegalStateException(catalog.fileProblems().stream().map(Violation::describe)
                    .collect(Collectors.joining("\n")));
        }
        return choices;
    }

    @Override
    public StoreSession open(ComponentChoice choice) {
        ComponentSet set = load(choice.file());
        ComponentManifest manifest = set.components().stream()
                .filter(c -> choice.name().equals(c.name() == null ? "" : c.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(choice.file() + " no longer holds component "
                        + choice.name() + ". Open the file again."));
        PreparedStore prepared;
        DynamoDbClient client;
        try {
            prepared = PreparedStore.prepare(set, manifest, System.getenv(), null, null);
            if (prepared.hasErrors()) {
                throw new IllegalStateException(prepared.problems().stream().filter(Violation::isError)
                        .map(Violation::describe).collect(Collectors.joining("\n")));
            }
            client = prepared.openClient();
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        boolean readOnly = prepared.readOnlyByDefault();
        String location = prepared.config().endpointIfSet().orElseGet(() -> awsLocation(prepared))
                + " · table " + prepared.config().table();
        StoreSession session = new StoreSession(choice.name(), location, readOnly, false,
                prepared.storeConfig(readOnly), c -> DynamoDbStateStores.create(c, client, executor), client::close);
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
        } catch (UnavailableException e) {
            session.close();
            throw new IllegalStateException("Cannot reach DynamoDB at " + location + ": " + e.getMessage()
                    + ". Start the local database, or correct the endpoint in " + choice.file() + ".", e);
        } catch (AccessDeniedException e) {
            session.close();
            throw new IllegalStateException(e.getMessage() + " (" + prepared.credentials().explanation() + ")", e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** "AWS account 123456789012 · eu-west-1": which account a write would change, asked of STS. */
    private static String awsLocation(PreparedStore prepared) {
        String region;
        try {
            region = prepared.config().regionIfSet()
                    .orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (RuntimeException noRegion) {
            return "AWS (no region: set region in the component or AWS_REGION)";
        }
        try (StsClient sts = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(prepared.credentials().provider())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10)))
                .build()) {
            return "AWS account " + sts.getCallerIdentity().account() + " · " + region;
        } catch (AwsSetupException | RuntimeException unknown) {
            // the table check that follows reports credential problems with their reason
            return "AWS " + region;
        }
    }

    private static ComponentCatalog catalog(Path path) {
        try {
            return ComponentCatalog.list(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static ComponentSet load(Path path) {
        try {
            return ComponentLoader.load(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
