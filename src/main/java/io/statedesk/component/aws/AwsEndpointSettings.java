package io.statedesk.component.aws;

import io.statedesk.component.aws.EffectiveEndpoint.Source;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Resolves the DynamoDB endpoint as the AWS SDKs do with their "service-specific endpoints" settings, which daprd's
 * AWS SDK for Go honours just like the Java SDK: the client's own endpoint (the component's {@code endpoint})
 * first; then, unless {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} (or the profile's
 * {@code ignore_configured_endpoint_urls}) is true, {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL}, the
 * profile's {@code services} section ({@code dynamodb = / endpoint_url = ...}), the profile's {@code endpoint_url};
 * else AWS's regional endpoint. Pure: environment and profiles come in as parameters.
 */
public final class AwsEndpointSettings {

    static final String SERVICE_VARIABLE = "AWS_ENDPOINT_URL_DYNAMODB";
    static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";
    static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    /** The DynamoDB key of a {@code services} section (the service id, lower case). */
    static final String SERVICE_KEY = "dynamodb";

    private AwsEndpointSettings() {
    }

    /**
     * @param componentEndpoint the component's {@code endpoint}, or null
     * @param environment       the process environment
     * @param profiles          the shared config files, or null when there are none to read
     * @param profileName       the profile the client's settings come from (a chosen one, else AWS_PROFILE, else
     *                          {@code default})
     */
    public static EffectiveEndpoint resolve(String componentEndpoint, Map<String, String> environment,
                                            ProfileFile profiles, String profileName) {
        if (componentEndpoint != null && !componentEndpoint.isBlank()) {
            return new EffectiveEndpoint(componentEndpoint.strip(), Source.COMPONENT, "");
        }
        Optional<Profile> profile = profiles == null ? Optional.empty() : profiles.profile(profileName);
        if (ignored(environment, profile)) {
            return EffectiveEndpoint.awsDefault(IGNORE_VARIABLE);
        }
        String service = text(environment.get(SERVICE_VARIABLE));
        if (service != null) {
            return new EffectiveEndpoint(service, Source.SERVICE_VARIABLE, SERVICE_VARIABLE);
        }
        String global = text(environment.get(GLOBAL_VARIABLE));
        if (global != null) {
            return new EffectiveEndpoint(global, Source.GLOBAL_VARIABLE, GLOBAL_VARIABLE);
        }
        if (profile.isPresent()) {
            Optional<String> sectionName = profile.get().property("services").map(String::strip);
            Optional<String> fromSection = sectionName.flatMap(name -> profiles.getSection("services", name))
                    .flatMap(s -> s.property(SERVICE_KEY + ".endpoint_url")).map(AwsEndpointSettings::text);
            if (fromSection.isPresent()) {
                return new EffectiveEndpoint(fromSection.get(), Source.PROFILE_SERVICES, "profile " + profileName
                        + ": [services " + sectionName.get() + "] " + SERVICE_KEY + " endpoint_url");
            }
            Optional<String> url = profile.get().property("endpoint_url").map(AwsEndpointSettings::text);
            if (url.isPresent()) {
                return new EffectiveEndpoint(url.get(), Source.PROFILE, "profile " + profileName + ": endpoint_url");
            }
        }
        return EffectiveEndpoint.awsDefault("");
    }

    /** The variable wins over the profile setting, in both directions. */
    private static boolean ignored(Map<String, String> environment, Optional<Profile> profile) {
        String variable = text(environment.get(IGNORE_VARIABLE));
        if (variable != null) {
            return variable.toLowerCase(Locale.ROOT).equals("true");
        }
        return profile.flatMap(p -> p.property("ignore_configured_endpoint_urls"))
                .map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
