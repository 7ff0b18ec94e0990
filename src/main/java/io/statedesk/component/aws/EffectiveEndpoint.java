package io.statedesk.component.aws;

/**
 * The DynamoDB endpoint a client really talks to, and which setting chose it.
 *
 * @param url     the endpoint, or null for the SDK's regional AWS endpoint
 * @param source  which setting gave it
 * @param setting the setting as the user would look for it ({@code AWS_ENDPOINT_URL_DYNAMODB},
 *                {@code profile dev: endpoint_url}), "" for the component and for AWS's default
 */
public record EffectiveEndpoint(String url, Source source, String setting) {

    /** Where an endpoint can come from, in the order the AWS SDKs (Java and Go alike) look. */
    public enum Source {
        /** The component's {@code endpoint} (the client's endpoint override). */
        COMPONENT,
        /** {@code AWS_ENDPOINT_URL_DYNAMODB}. */
        SERVICE_VARIABLE,
        /** {@code AWS_ENDPOINT_URL}. */
        GLOBAL_VARIABLE,
        /** The profile's {@code services} section, {@code dynamodb = endpoint_url = ...}. */
        PROFILE_SERVICES,
        /** The profile's {@code endpoint_url}. */
        PROFILE,
        /** None of these (or they are ignored): AWS's regional endpoint. */
        AWS_DEFAULT
    }

    public static EffectiveEndpoint awsDefault(String why) {
        return new EffectiveEndpoint(null, Source.AWS_DEFAULT, why);
    }

    /** Set outside the component, by the environment or the shared config: worth telling the user. */
    public boolean fromOutsideTheComponent() {
        return source != Source.COMPONENT && source != Source.AWS_DEFAULT;
    }

    /** "http://127.0.0.1:8000 (from AWS_ENDPOINT_URL_DYNAMODB)", "AWS (regional endpoint)". */
    public String describe() {
        String where = url == null ? "AWS (regional endpoint)" : url;
        return setting.isEmpty() || source == Source.COMPONENT ? where : where + " (from " + setting + ")";
    }
}
