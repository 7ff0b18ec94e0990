package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.EffectiveEndpoint.Source;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Violation;
import io.statedesk.session.WritePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.profiles.ProfileFile;

/** The DynamoDB endpoint as the AWS SDKs resolve it, and the read-only decision taken from it. */
class AwsEndpointSettingsTest {

    private static final String LOCAL = "http://127.0.0.1:8000";
    private static final String AWS = "https://dynamodb.eu-west-1.amazonaws.com";

    /** A shared config whose profile {@code dev} has every setting this table needs. */
    private static final String CONFIG = """
            [profile dev]
            region = eu-west-1
            services = local-ddb
            endpoint_url = https://profile-wide.example

            [profile plain]
            endpoint_url = http://localhost:4566

            [profile ignoring]
            endpoint_url = http://localhost:4566
            ignore_configured_endpoint_urls = true

            [profile aws-services]
            services = to-aws

            [services local-ddb]
            dynamodb =
              endpoint_url = http://127.0.0.1:8000
            s3 =
              endpoint_url = http://127.0.0.1:9000

            [services to-aws]
            dynamodb =
              endpoint_url = https://dynamodb.eu-west-1.amazonaws.com
            """;

    static Stream<Arguments> settings() {
        return Stream.of(
                // component endpoint, environment, profile -> url, source, read-only
                Arguments.of("the component's endpoint wins over everything", LOCAL,
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", AWS), "dev", LOCAL, Source.COMPONENT, false),
                Arguments.of("AWS_ENDPOINT_URL_DYNAMODB at a local server: local, writable", null,
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", LOCAL), "none", LOCAL, Source.SERVICE_VARIABLE, false),
                Arguments.of("AWS_ENDPOINT_URL_DYNAMODB at AWS: stays read-only", null,
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", AWS), "none", AWS, Source.SERVICE_VARIABLE, true),
                Arguments.of("AWS_ENDPOINT_URL at a local server", null,
                        Map.of("AWS_ENDPOINT_URL", "http://localhost:4566"), "none", "http://localhost:4566",
                        Source.GLOBAL_VARIABLE, false),
                Arguments.of("AWS_ENDPOINT_URL at another host: read-only", null,
                        Map.of("AWS_ENDPOINT_URL", "http://localstack:4566"), "none", "http://localstack:4566",
                        Source.GLOBAL_VARIABLE, true),
                Arguments.of("the service variable wins over the global one", null,
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", LOCAL, "AWS_ENDPOINT_URL", AWS), "none", LOCAL,
                        Source.SERVICE_VARIABLE, false),
                Arguments.of("variables win over the profile", null, Map.of("AWS_ENDPOINT_URL", AWS), "dev", AWS,
                        Source.GLOBAL_VARIABLE, true),
                Arguments.of("the profile's services section, dynamodb endpoint_url", null, Map.of(), "dev", LOCAL,
                        Source.PROFILE_SERVICES, false),
                Arguments.of("a services section pointing at AWS: read-only", null, Map.of(), "aws-services", AWS,
                        Source.PROFILE_SERVICES, true),
                Arguments.of("the profile's endpoint_url", null, Map.of(), "plain", "http://localhost:4566",
                        Source.PROFILE, false),
                Arguments.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true: AWS, read-only", null,
                        Map.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", "AWS_ENDPOINT_URL_DYNAMODB", LOCAL),
                        "dev", null, Source.AWS_DEFAULT, true),
                Arguments.of("the profile's ignore_configured_endpoint_urls", null, Map.of(), "ignoring", null,
                        Source.AWS_DEFAULT, true),
                Arguments.of("the variable set to false overrides the profile's ignore", null,
                        Map.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"), "ignoring", "http://localhost:4566",
                        Source.PROFILE, false),
                Arguments.of("the ignore setting never hides the component's own endpoint", LOCAL,
                        Map.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), "dev", LOCAL, Source.COMPONENT, false),
                Arguments.of("nothing set: AWS, read-only", null, Map.of(), "none", null, Source.AWS_DEFAULT, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void resolve_followsTheSdksOrder_andDecidesReadOnlyFromTheResult(String scenario, String component,
            Map<String, String> environment, String profile, String url, Source source, boolean readOnly)
            throws Exception {
        Path file = Files.createTempFile("aws-config", "");
        try {
            Files.writeString(file, CONFIG);
            ProfileFile profiles = ProfileFile.builder().content(file).type(ProfileFile.Type.CONFIGURATION).build();

            EffectiveEndpoint endpoint = AwsEndpointSettings.resolve(component, environment, profiles, profile);

            assertThat(endpoint.url()).isEqualTo(url);
            assertThat(endpoint.source()).isEqualTo(source);
            assertThat(WritePolicy.loopbackOnly().opensReadOnly(endpoint.url())).isEqualTo(readOnly);
        } finally {
            Files.delete(file);
        }
    }

    @TempDir
    Path dir;

    @Test
    void preparedStore_withoutEndpoint_butTheVariableAtALocalServer_isLocal_andSaysWhereItCameFrom()
            throws Exception {
        Files.writeString(dir.resolve("state.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: dapr-state
                  - name: region
                    value: us-east-1
                """);
        ComponentSet set = ComponentLoader.load(dir);
        Map<String, String> environment = new HashMap<>(Map.of("AWS_ENDPOINT_URL_DYNAMODB", LOCAL));

        PreparedStore prepared = PreparedStore.prepare(set, set.component("statestore").orElseThrow(), environment,
                null, null);

        assertThat(prepared.config().endpoint()).isEqualTo(LOCAL);
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(prepared.config().endpoint())).isFalse();
        assertThat(prepared.endpoint().describe()).isEqualTo(LOCAL + " (from AWS_ENDPOINT_URL_DYNAMODB)");
        assertThat(prepared.problems()).extracting(Violation::message).anySatisfy(m -> assertThat(m)
                .contains("takes " + LOCAL + " from AWS_ENDPOINT_URL_DYNAMODB", "daprd's AWS SDK for Go reads the"
                        + " same variables"));

        environment.put("AWS_ENDPOINT_URL_DYNAMODB", AWS);
        PreparedStore onAws = PreparedStore.prepare(set, set.component("statestore").orElseThrow(), environment,
                null, null);
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(onAws.config().endpoint())).isTrue();
    }
}
