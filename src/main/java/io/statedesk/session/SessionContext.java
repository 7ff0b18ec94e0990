package io.statedesk.session;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.aws.SsoDeviceSignIn;
import io.statedesk.component.aws.SsoTokenCache;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.component.secrets.SecretStoreOpener;
import io.statedesk.component.settings.StateDeskSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the session layer touches outside itself: daprd's environment, the user's settings, component files,
 * secret stores, the shared AWS config files, DynamoDB clients and the clock. The window and the command line build
 * one with {@link #standard}; tests replace any part (for example to count file reads and secret resolutions).
 *
 * @param environment  the environment daprd would see: envRef, the env secret store, AWS_PROFILE and endpoints
 * @param settings     local hosts, timeouts and retries (the settings file shared by the window and the CLI)
 * @param sharedConfig reads the shared AWS config files (again on each call: the user may edit them meanwhile)
 * @param files        reads a component file or folder
 * @param secrets      resolves a component's secret and environment references
 * @param clients      builds DynamoDB clients
 * @param signIns      the IAM Identity Center device sign-in over a token cache
 * @param clock        now, for sign-in expiry
 */
public record SessionContext(Map<String, String> environment, StateDeskSettings settings,
                             SharedConfigSource sharedConfig, ComponentReader files, SecretResolution secrets,
                             ClientFactory clients, Function<SsoTokenCache, SsoDeviceSignIn> signIns, Clock clock) {

    /** Reads the shared AWS config files. */
    @FunctionalInterface
    public interface SharedConfigSource {
        SharedAwsConfig load() throws AwsSetupException;
    }

    /** Reads a component file, or a resources folder as daprd does. */
    @FunctionalInterface
    public interface ComponentReader {
        ComponentSet load(Path fileOrFolder) throws IOException;
    }

    /** Resolves the references of one component of a set, through the set's secret stores and {@code stores}. */
    @FunctionalInterface
    public interface SecretResolution {
        ResolvedMetadata resolve(ComponentSet set, ComponentManifest component, Map<String, String> environment,
                                 SecretStoreOpener stores);
    }

    public SessionContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sharedConfig, "sharedConfig");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(signIns, "signIns");
        Objects.requireNonNull(clock, "clock");
    }

    /** The real files, secret stores, AWS config files (under {@code home}) and clients. */
    public static SessionContext standard(Map<String, String> environment, Path home, StateDeskSettings settings) {
        return new SessionContext(environment, settings, () -> SharedAwsConfig.load(environment, home),
                ComponentLoader::load,
                (set, component, env, stores) -> new SecretResolver(set, env, null, stores).resolve(component),
                ClientFactory.standard(), cache -> SsoDeviceSignIn.create(cache, null), Clock.systemUTC());
    }

    public SessionContext withSharedConfig(SharedConfigSource source) {
        return new SessionContext(environment, settings, source, files, secrets, clients, signIns, clock);
    }

    public SessionContext withFiles(ComponentReader reader) {
        return new SessionContext(environment, settings, sharedConfig, reader, secrets, clients, signIns, clock);
    }

    public SessionContext withSecrets(SecretResolution resolution) {
        return new SessionContext(environment, settings, sharedConfig, files, resolution, clients, signIns, clock);
    }

    public SessionContext withClients(ClientFactory factory) {
        return new SessionContext(environment, settings, sharedConfig, files, secrets, factory, signIns, clock);
    }

    public SessionContext withSignIns(Function<SsoTokenCache, SsoDeviceSignIn> deviceSignIns) {
        return new SessionContext(environment, settings, sharedConfig, files, secrets, clients, deviceSignIns, clock);
    }

    public SessionContext withClock(Clock newClock) {
        return new SessionContext(environment, settings, sharedConfig, files, secrets, clients, signIns, newClock);
    }

    public WritePolicy writePolicy() {
        return WritePolicy.of(settings);
    }
}
