package io.statedesk.component.secrets;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** An AWS secret store's failure as one sentence and what to do; never a secret value (AWS sends none back). */
final class AwsStoreFailures {

    private AwsStoreFailures() {
    }

    static SecretStoreException of(SdkException e, String service, String permission, String name,
                                   AwsStoreSettings settings) {
        if (e instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? "" : String.valueOf(aws.awsErrorDetails().errorCode());
            String text = aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage();
            boolean denied = aws.statusCode() == 403 || code.toLowerCase(Locale.ROOT).contains("accessdenied")
                    || code.contains("UnrecognizedClient") || code.contains("InvalidSignature")
                    || code.contains("ExpiredToken");
            if (denied) {
                return new SecretStoreException(service + " (" + settings.where() + ") refused to read `" + name
                        + "` for secret store `" + settings.storeName() + "` (" + code + ": " + text + ").",
                        "Use credentials allowed " + permission + " on it: the store's accessKey and secretKey,"
                                + " or the AWS profile chosen for this session.");
            }
            return new SecretStoreException(service + " (" + settings.where() + ") could not read `" + name
                    + "` for secret store `" + settings.storeName() + "` (" + code + ": " + text + ").",
                    "Check the secret store's settings.");
        }
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SecretStoreException(service + " at " + settings.where() + " could not be reached for secret"
                + " store `" + settings.storeName() + "`: " + cause,
                "Check the network, the region and the `endpoint` of the secret store.");
    }
}
