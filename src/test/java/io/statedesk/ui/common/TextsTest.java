package io.statedesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void count_agreesWithItsNoun() {
        assertThat(Texts.count(0, "key")).isEqualTo("0 keys");
        assertThat(Texts.count(1, "key")).isEqualTo("1 key");
        assertThat(Texts.count(12_345, "key")).isEqualTo("12,345 keys");
    }

    @Test
    void sentences_endOnce_andStartAfterAFullStop() {
        assertThat(Texts.sentences("throttled by DynamoDB, retry", "Your edit is kept."))
                .isEqualTo("throttled by DynamoDB, retry. Your edit is kept.");
        assertThat(Texts.sentences("Gone.", "Your edit is kept.")).isEqualTo("Gone. Your edit is kept.");
        assertThat(Texts.sentences("", "Your edit is kept.")).isEqualTo("Your edit is kept.");
    }
}
