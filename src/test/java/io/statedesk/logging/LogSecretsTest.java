package io.statedesk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogSecretsTest {

    @Test
    void registeredValue_isHidden_whereverItAppears() {
        LogSecrets.hide(List.of("registered-value-71c2"));

        assertThat(LogSecrets.apply("connect failed for https://user:registered-value-71c2@host"))
                .isEqualTo("connect failed for https://user:<secret>@host");
    }

    @Test
    void longerValue_isReplacedWhole_beforeAShorterOneInsideIt() {
        LogSecrets.hide(List.of("abcd-inner", "prefix-abcd-inner-suffix"));

        assertThat(LogSecrets.apply("x prefix-abcd-inner-suffix y")).isEqualTo("x <secret> y");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG",
        "\"sessionToken\":\"IQoJb3JpZ2luX2VjEJr\"",
        "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr",
        "password=hunter2hunter2",
        "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101, Signature=0123456789abcdef0123456789abcdef"})
    void credentialShapedText_isHidden_evenWhenNeverRegistered(String line) {
        String logged = LogSecrets.apply(line);

        assertThat(logged).contains("<secret>")
                .doesNotContain("wJalrXUtnFEMI").doesNotContain("IQoJb3JpZ2luX2VjEJr")
                .doesNotContain("hunter2hunter2").doesNotContain("0123456789abcdef0123");
    }

    @Test
    void endpoint_isHidden_alsoInTheSdksHostAndPortForm() {
        LogSecrets.hide(List.of("http://10.1.2.3:18123"));

        assertThat(LogSecrets.apply("Sending Request: (httpMethod=POST, protocol=http, host=10.1.2.3, port=18123, "
                + "encodedPath=/)")).doesNotContain("10.1.2.3").doesNotContain("18123");
    }

    @Test
    void ordinaryText_staysAsItIs() {
        String line = "Opened table dapr-state in eu-west-1: 12 items, read-only";

        assertThat(LogSecrets.apply(line)).isEqualTo(line);
    }

    @Test
    void tooShortValue_isNotHidden_insideOrdinaryWords() {
        LogSecrets.hide(List.of("abc"));

        assertThat(LogSecrets.apply("abcdef table")).isEqualTo("abcdef table");
    }
}
