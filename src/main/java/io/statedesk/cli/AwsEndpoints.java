package io.statedesk.cli;

import java.net.URI;
import java.util.Locale;

/**
 * Tells real AWS from a local stand-in (DynamoDB Local, LocalStack, a proxy). Without an endpoint override the SDK
 * goes to AWS; with one, only Amazon's own domains count as AWS. Writes there need {@code --allow-writes}.
 */
public final class AwsEndpoints {

    private static final String[] AWS_DOMAINS = {"amazonaws.com", "amazonaws.com.cn", "api.aws"};

    private AwsEndpoints() {
    }

    /** True when requests to this endpoint (null: no override) reach an AWS account. */
    public static boolean isRealAws(URI endpoint) {
        if (endpoint == null) {
            return true;
        }
        String host = endpoint.getHost();
        if (host == null) {
            // Not a URL the SDK can use as it is; count it as AWS so that a typo never unlocks writes.
            return true;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        for (String domain : AWS_DOMAINS) {
            if (lower.equals(domain) || lower.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }
}
