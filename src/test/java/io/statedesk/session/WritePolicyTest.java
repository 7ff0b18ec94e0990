package io.statedesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.LocalEndpoints;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The write policy of the window and the command line is the one rule of decision 0018: loopback by its text, or
 * marked local. (The command line needs --allow-writes exactly where a store opens read-only.)
 */
class WritePolicyTest {

    @ParameterizedTest(name = "{0} -> needs --allow-writes: {1}")
    @CsvSource(nullValues = "none", value = {
            "none, true",
            "https://dynamodb.us-east-1.amazonaws.com, true",
            "https://dynamodb-fips.us-gov-west-1.amazonaws.com, true",
            "https://dynamodb.cn-north-1.amazonaws.com.cn, true",
            "https://dynamodb.eu-west-1.api.aws, true",
            "https://proxy.internal.example:8443, true",
            // names that merely look local are ordinary hosts (issue 13, item 4)
            "http://127.attacker.example:8000, true",
            "http://localstack.prod.example.com:4566, true",
            "http://localstack:4566, true",
            "http://dynamodb-local:8000, true",
            "http://my-dynamodblocal.example.com, true",
            "http://localhost.attacker.example, true",
            "http://app.localhost:8000, true",
            "http://host.docker.internal:8000, true",
            "http://0.0.0.0:8000, true",
            "http://127.0.0.1@evil.example:8000, true",
            "http://127.1:8000, true",
            "http://10.0.0.5:8000, true",
            // loopback by its text
            "http://localhost:8000, false",
            "http://LOCALHOST:8000, false",
            "http://127.0.0.1:4566, false",
            "http://127.255.3.4:8000, false",
            "http://[::1]:8000, false",
            "http://[0:0:0:0:0:0:0:1]:8000, false"})
    void writes_needAllowWrites_unlessTheEndpointIsLoopbackByItsText(String endpoint, boolean needs) {
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(endpoint)).isEqualTo(needs);
    }

    @Test
    void aHostMarkedLocalInTheSettings_isWritable_butOnlyThatExactName() {
        WritePolicy marked = new WritePolicy(new LocalEndpoints(Set.of("Dynamo.Lab.Internal")));

        assertThat(marked.opensReadOnly("http://dynamo.lab.internal:8000")).isFalse();
        assertThat(marked.opensReadOnly("http://dynamo.lab.internal.attacker.example")).isTrue();
        assertThat(marked.opensReadOnly("http://x.dynamo.lab.internal")).isTrue();
    }
}
