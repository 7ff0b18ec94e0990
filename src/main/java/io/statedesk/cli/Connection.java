package io.statedesk.cli;

import java.net.URI;

/**
 * How to reach DynamoDB, as the component and the command line's overrides say. Credentials: static keys when both
 * keys are set (as daprd does), else the named profile, else the SDK's default chain.
 *
 * @param endpoint     the endpoint override, or null for AWS itself
 * @param region       the region, or null for the SDK's default resolution
 * @param profile      a named profile from the AWS config files ({@code --profile}), or null
 * @param accessKey    the access key id, or null
 * @param secretKey    the secret access key, or null; never printed
 * @param sessionToken the session token, or null; never printed
 */
public record Connection(
        URI endpoint, String region, String profile, String accessKey, String secretKey, String sessionToken) {

    public boolean hasStaticKeys() {
        return notEmpty(accessKey) && notEmpty(secretKey);
    }

    /** Where requests go, for messages. */
    public String describe() {
        return (endpoint == null ? "AWS" : endpoint.toString()) + (region == null ? "" : " (" + region + ")");
    }

    @Override
    public String toString() {
        return "Connection[endpoint=" + endpoint + ", region=" + region + ", profile=" + profile
                + ", staticKeys=" + hasStaticKeys() + "]";
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isEmpty();
    }
}
