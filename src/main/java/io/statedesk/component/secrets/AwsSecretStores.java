package io.statedesk.component.secrets;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.Truthy;
import java.util.Optional;
import java.util.function.Function;

/** Opens the two AWS secret stores daprd offers, each with its own region, endpoint and credentials. */
public final class AwsSecretStores implements SecretStoreOpener {

    public static final String SECRETS_MANAGER = "secretstores.aws.secretmanager";
    public static final String PARAMETER_STORE = "secretstores.aws.parameterstore";

    @Override
    public Optional<SecretStore> open(ComponentManifest store, Function<String, Optional<String>> settings) {
        AwsStoreSettings aws = AwsStoreSettings.read(store.name(), settings);
        if (store.hasType(SECRETS_MANAGER)) {
            boolean multiple = Truthy.isTruthy(settings.apply("multipleKeyValuesPerSecret").orElse(null));
            return Optional.of(new AwsSecretsManagerStore(aws, multiple));
        }
        if (store.hasType(PARAMETER_STORE)) {
            return Optional.of(new AwsParameterStore(aws, settings.apply("prefix").orElse("")));
        }
        return Optional.empty();
    }
}
