package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizeTest {

    @ParameterizedTest(name = "{0} -> {1} bytes")
    @CsvSource({
            "0, 2",
            "1, 2",
            "12, 2",
            "123, 3",
            "1000000, 2",
            "0.001, 2",
            "-12.50, 3",
            "4074862051, 6",
            "12345678901234567890123456789012345678, 20",
            "1E+10, 2",
    })
    void numberSize_isOneBytePerTwoSignificantDigitsPlusOne(String number, long size) {
        assertThat(ItemSize.numberSize(number)).isEqualTo(size);
    }

    @Test
    void utf8Length_countsLikeUtf8() {
        assertThat(ItemSize.utf8Length("aé⏱😀")).isEqualTo(1 + 2 + 3 + 4);
    }

    @Test
    void of_countsNamesAndEveryType() {
        Map<String, AttributeValue> item = Map.of(
                "s", AttributeValue.fromS("abc"),
                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])),
                "t", AttributeValue.fromBool(true),
                "l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromNul(true))),
                "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("vv"))));

        // s:1+3, b:1+10, t:1+1, l:1+(3+1+1+1+1), m:1+(3+1+1+2)
        assertThat(ItemSize.of(item)).isEqualTo(4 + 11 + 2 + 8 + 8);
    }
}
