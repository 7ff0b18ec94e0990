package io.statedesk.component.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.DynamoDbFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource({"tabel,table", "tabl,table", "ttlAttribute,ttlAttributeName", "ttlattributename,ttlAttributeName",
            "endpont,endpoint", "regoin,region", "acessKey,accessKey", "secretkey,secretKey", "keyprefx,keyPrefix",
            "partitonKey,partitionKey", "sesionToken,sessionToken", "actorStateStor,actorStateStore"})
    void nearMisses_suggestTheField(String typed, String expected) {
        assertThat(Suggestions.closest(typed, DynamoDbFields.SUGGESTABLE)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"redisHost", "xy", "connectionString", "maxRetries"})
    void unrelatedNames_suggestNothing(String typed) {
        assertThat(Suggestions.closest(typed, DynamoDbFields.SUGGESTABLE)).isEmpty();
    }
}
