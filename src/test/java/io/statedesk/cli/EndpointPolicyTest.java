package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointPolicyTest {

    @ParameterizedTest(name = "{0} -> needs --allow-writes: {1}")
    @CsvSource(nullValues = "none", value = {
            "none, true",
            "https://dynamodb.us-east-1.amazonaws.com, true",
            "https://dynamodb-fips.us-gov-west-1.amazonaws.com, true",
            "https://dynamodb.cn-north-1.amazonaws.com.cn, true",
            "https://dynamodb.eu-west-1.api.aws, true",
            "https://proxy.internal.example:8443, true",
            "http://localhost:8000, false",
            "http://127.0.0.1:4566, false",
            "http://localstack:4566, false",
            "http://[::1]:8000, false"})
    void writes_needAllowWrites_unlessTheEndpointIsClearlyLocal(String endpoint, boolean needs) {
        assertThat(TargetResolver.needsAllowWrites(endpoint)).isEqualTo(needs);
    }
}
