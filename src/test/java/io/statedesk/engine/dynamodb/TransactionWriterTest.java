package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionWriterTest {

    private static Upsert upsert(String key, String value) {
        return new Upsert(SetRequest.lastWrite(key, value.getBytes(), Storage.S));
    }

    @Test
    void lastPerKey_keepsOnlyTheLastOperationOfEachKey_inTheirOriginalOrder() {
        List<TransactionOperation> ops = List.of(new Delete("key1"), upsert("key2", "value2"), new Delete("key2"),
                upsert("key3", "value3"));

        assertThat(TransactionWriter.lastPerKey(ops)).containsExactly(new Delete("key1"), new Delete("key2"),
                upsert("key3", "value3"));
    }

    @Test
    void lastPerKey_survivorsKeepThePositionOfTheirLastOccurrence() {
        List<TransactionOperation> ops = List.of(upsert("a", "1"), upsert("b", "1"), upsert("a", "2"),
                new Delete("c"), upsert("b", "2"));

        assertThat(TransactionWriter.lastPerKey(ops)).containsExactly(upsert("a", "2"), new Delete("c"),
                upsert("b", "2"));
    }
}
