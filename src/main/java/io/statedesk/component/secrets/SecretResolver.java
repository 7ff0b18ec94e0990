package io.statedesk.component.secrets;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SecretKeyRef;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.model.Secret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves {@code secretKeyRef}s and {@code envRef}s the way daprd does (spec 7.2 to 7.4): through the component's
 * {@code auth.secretStore}, a {@code secretstores.local.file}, {@code secretstores.local.env},
 * {@code secretstores.aws.secretmanager} or {@code secretstores.aws.parameterstore} component of the same set; on
 * Kubernetes an empty store or {@code kubernetes} means the namespace's Secrets, which the Dapr operator inlines. A found, non-empty secret replaces the item's value; anything else leaves the value as
 * written and becomes a problem on the item.
 *
 * <p>Relative {@code secretsFile} paths: daprd resolves them against its own working directory, which StateDesk
 * cannot know. By default they resolve against the component folder (where {@code dapr run} is usually started from
 * alongside them); pass another base to match how daprd is launched.
 */
public final class SecretResolver {

    private final ComponentSet set;
    private final Map<String, String> environment;
    private final Path secretsFileBase;
    private final SecretStoreOpener stores;

    /**
     * @param set             the loaded components, where the secret stores are looked up
     * @param environment     the environment for {@code envRef} and the env store (pass {@code System.getenv()})
     * @param secretsFileBase the folder relative {@code secretsFile} paths resolve against, or null for the
     *                        component folder
     */
    public SecretResolver(ComponentSet set, Map<String, String> environment, Path secretsFileBase) {
        this(set, environment, secretsFileBase, new AwsSecretStores());
    }

    /**
     * @param stores opens the stores other than the two local ones (AWS, a cluster's Kubernetes Secrets)
     */
    public SecretResolver(ComponentSet set, Map<String, String> environment, Path secretsFileBase,
                          SecretStoreOpener stores) {
        this.set = Objects.requireNonNull(set, "set");
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.secretsFileBase = secretsFileBase == null ? set.folder() : secretsFileBase;
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    public SecretResolver(ComponentSet set, Map<String, String> environment) {
        this(set, environment, null);
    }

    public ResolvedMetadata resolve(ComponentManifest component) {
        Run run = new Run(component);
        for (MetadataItem item : component.metadata()) {
            run.resolve(item);
        }
        return new ResolvedMetadata(component, run.values, run.problems);
    }

    /** One resolution: caches the store and the secrets read, as daprd caches per secret name. */
    private final class Run {
        private final ComponentManifest component;
        private final Map<Integer, Secret> values = new HashMap<>();
        private final List<Violation> problems = new ArrayList<>();
        private final Map<String, Optional<Map<String, Secret>>> secrets = new HashMap<>();
        private final Map<String, SecretStoreException> failedSecrets = new HashMap<>();
        private SecretStore store;
        private SecretStoreException storeProblem;
        private boolean storeOpened;

        Run(ComponentManifest component) {
            this.component = component;
        }

        void resolve(MetadataItem item) {
            if (item.value() != null) {
                values.put(item.index(), Secret.of(item.value()));
            }
            if (item.hasSecretKeyRef() && !item.secretKeyRef().name().isEmpty()) {
                fromSecret(item, item.secretKeyRef());
            } else if (!item.hasValue() && item.hasEnvRef() && set.hosting() == Hosting.KUBERNETES) {
                // daprd reads it from its own container, whose environment the API server does not show.
                problem(item, Severity.ERROR, "`" + item.name() + "` takes its value from environment variable "
                                + item.envRef() + " of the daprd container (envRef), which cannot be read from the"
                                + " cluster.", "Enter the value of " + item.envRef() + " for this session.");
            } else if (!item.hasValue() && item.hasEnvRef()) {
                fromEnvironment(item);
            }
        }

        private void fromSecret(MetadataItem item, SecretKeyRef ref) {
            SecretStore s = store();
            if (s == null) {
                SecretStoreException e = storeProblem;
                problem(item, Severity.ERROR, "`" + item.name() + "` could not be resolved: " + e.getMessage(),
                        e.fix());
                return;
            }
            Optional<Map<String, Secret>> secret;
            try {
                secret = read(s, ref.name());
            } catch (SecretStoreException e) {
                problem(item, Severity.ERROR, "`" + item.name() + "` could not be resolved: " + e.getMessage(),
                        e.fix());
                return;
            }
            if (secret.isEmpty()) {
                problem(item, Severity.ERROR, s.notFound(ref.name(), storeLabel()),
                        "Add the secret to the store, or correct `secretKeyRef.name`.");
                return;
            }
            Secret field = secret.get().get(ref.effectiveKey());
            if (field == null || field.isEmpty()) {
                String where = s instanceof LocalEnvSecretStore env
                        ? " (environment variable " + env.variableFor(ref.name()) + " is not set or empty)" : "";
                problem(item, field == null ? Severity.ERROR : Severity.WARNING, "Secret `" + ref.name()
                                + "` has no " + (field == null ? "" : "non-empty ") + "key `" + ref.effectiveKey() + "`"
                                + where + "; daprd leaves `" + item.name() + "` as written.",
                        "Correct `secretKeyRef.key`, or set the secret.");
                return;
            }
            values.put(item.index(), field);
        }

        /** daprd caches per secret name within one component; a failure is remembered the same way. */
        private Optional<Map<String, Secret>> read(SecretStore s, String name) throws SecretStoreException {
            if (failedSecrets.containsKey(name)) {
                throw failedSecrets.get(name);
            }
            if (!secrets.containsKey(name)) {
                try {
                    secrets.put(name, s.secret(name));
                } catch (SecretStoreException e) {
                    failedSecrets.put(name, e);
                    throw e;
                }
            }
            return secrets.get(name);
        }

        private String storeLabel() {
            String name = component.secretStore();
            return name == null || name.isEmpty() ? Hosting.BUILTIN_KUBERNETES_STORE : name;
        }

        private void fromEnvironment(MetadataItem item) {
            String variable = item.envRef();
            if (LocalEnvSecretStore.isReserved(variable)) {
                problem(item, Severity.ERROR, "daprd refuses `envRef` to " + variable + ".",
                        "Copy the value into another variable and reference that one.");
                return;
            }
            String value = environment.get(variable);
            if (value == null || value.isEmpty()) {
                problem(item, Severity.WARNING, "Environment variable " + variable + " is not set, so `"
                        + item.name() + "` has no value.", "Set it before starting StateDesk (and daprd).");
                return;
            }
            values.put(item.index(), Secret.of(value));
        }

        private SecretStore store() {
            if (!storeOpened) {
                storeOpened = true;
                try {
                    store = open();
                } catch (SecretStoreException e) {
                    storeProblem = e;
                }
            }
            return store;
        }

        private SecretStore open() throws SecretStoreException {
            String name = component.secretStore();
            if (set.hosting().operatorResolvesSecrets(name)) {
                return stores.builtinKubernetes().orElseThrow(() -> new SecretStoreException(
                        "the Kubernetes Secrets of the cluster are not available here.",
                        "Open the component from its cluster (File > Open from cluster…)."));
            }
            if (name == null || name.isEmpty()) {
                throw new SecretStoreException("the component names no `auth.secretStore`.",
                        "Add `auth:` with `secretStore: <secret store component name>`.");
            }
            ComponentManifest storeComponent = set.component(name).orElseThrow(() -> new SecretStoreException(
                    "no secret store component named `" + name + "` is in " + set.folder() + ".",
                    "Add that component to the folder, or enter the value for this session."));
            if (storeComponent.hasType(ComponentManifest.LOCAL_FILE_SECRET_STORE)) {
                return openFileStore(storeComponent);
            }
            if (storeComponent.hasType(ComponentManifest.LOCAL_ENV_SECRET_STORE)) {
                return new LocalEnvSecretStore(environment, literal(storeComponent, "prefix").orElse(""));
            }
            Optional<SecretStore> other = stores.open(storeComponent, field -> literal(storeComponent, field));
            if (other.isPresent()) {
                return other.get();
            }
            throw new SecretStoreException("secret store `" + name + "` is of type " + storeComponent.type()
                    + "; StateDesk reads secretstores.local.file, secretstores.local.env, "
                    + AwsSecretStores.SECRETS_MANAGER + ", " + AwsSecretStores.PARAMETER_STORE
                    + " and, on a cluster, Kubernetes Secrets.",
                    "Enter the value for this session, or use one of those stores.");
        }

        private SecretStore openFileStore(ComponentManifest storeComponent) throws SecretStoreException {
            String file = literal(storeComponent, "secretsFile").orElseThrow(() -> new SecretStoreException(
                    "secret store `" + storeComponent.name() + "` has no `secretsFile`.",
                    "Add `secretsFile` to the secret store component."));
            Path path = Path.of(file);
            if (!path.isAbsolute()) {
                path = secretsFileBase.resolve(path).normalize();
            }
            String separator = literal(storeComponent, "nestedSeparator").orElse(LocalFileSecretStore.DEFAULT_SEPARATOR);
            boolean multiValued = literal(storeComponent, "multiValued").map(v -> v.equalsIgnoreCase("true")
                    || v.equals("1") || v.equalsIgnoreCase("t")).orElse(false);
            try {
                LocalFileSecretStore store = LocalFileSecretStore.open(path, separator, multiValued);
                if (!store.nonStringKeys().isEmpty()) {
                    problems.add(Violation.at(storeComponent.file(), storeComponent.span("spec.metadata"),
                            storeComponent.name(), "spec.metadata.secretsFile", Severity.WARNING,
                            "Secrets " + store.nonStringKeys() + " in " + path.getFileName() + " are not JSON strings;"
                                    + " daprd reads them as Go's %!s(...) text, e.g. %!s(float64=5432).",
                            "Write every secret in the file as a JSON string: \"5432\"."));
                }
                return store;
            } catch (SecretStoreException e) {
                boolean relative = !Path.of(file).isAbsolute();
                throw new SecretStoreException(e.getMessage() + (relative ? " The relative path `" + file
                        + "` was resolved against " + secretsFileBase + "; daprd resolves it against its own working"
                        + " directory." : ""), e.fix());
            }
        }

        /** A metadata value of a secret store component, or from its envRef. */
        private Optional<String> literal(ComponentManifest c, String field) {
            List<MetadataItem> items = c.itemsMatching(field);
            if (items.isEmpty()) {
                return Optional.empty();
            }
            MetadataItem item = items.get(items.size() - 1);
            if (item.hasValue()) {
                return Optional.of(item.value());
            }
            // On a cluster an envRef names a variable of the daprd container, not of this computer.
            if (item.hasEnvRef() && set.hosting() == Hosting.SELF_HOSTED
                    && !LocalEnvSecretStore.isReserved(item.envRef())) {
                return Optional.ofNullable(environment.get(item.envRef())).filter(v -> !v.isEmpty());
            }
            return Optional.empty();
        }

        private void problem(MetadataItem item, Severity severity, String message, String fix) {
            problems.add(Violation.at(component.file(), item.nameSpan(), component.name(),
                    "spec.metadata." + item.name(), severity, message, fix));
        }
    }
}
