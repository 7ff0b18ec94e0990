package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * {@code secretstores.aws.parameterstore} as components-contrib reads it: GetParameter of {@code prefix + name} with
 * decryption gives one field, named after the parameter without the prefix.
 */
final class AwsParameterStore implements SecretStore {

    private final AwsStoreSettings settings;
    private final String prefix;

    AwsParameterStore(AwsStoreSettings settings, String prefix) {
        this.settings = settings;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public Optional<Map<String, Secret>> secret(String name) throws SecretStoreException {
        try (SsmClient client = settings.build(SsmClient.builder(), "SSM Parameter Store")) {
            GetParameterResponse r = client.getParameter(b -> b.name(prefix + name).withDecryption(true));
            if (r.parameter() == null || r.parameter().name() == null || r.parameter().value() == null) {
                return Optional.of(Map.of());
            }
            String returned = r.parameter().name();
            String field = returned.length() >= prefix.length() ? returned.substring(prefix.length()) : returned;
            return Optional.of(Map.of(field, Secret.of(r.parameter().value())));
        } catch (ParameterNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsStoreFailures.of(e, "SSM Parameter Store", "ssm:GetParameter (and kms:Decrypt for a SecureString)",
                    prefix + name, settings);
        }
    }

    @Override
    public Map<String, List<String>> names() {
        return Map.of();
    }

    @Override
    public String notFound(String name, String storeLabel) {
        return "SSM Parameter Store (" + settings.where() + ", secret store `" + storeLabel + "`) has no parameter `"
                + prefix + name + "`" + (prefix.isEmpty() ? "" : " (prefix `" + prefix + "` + secret name)") + ".";
    }

    @Override
    public String toString() {
        return "AwsParameterStore[" + settings.storeName() + "]";
    }
}
