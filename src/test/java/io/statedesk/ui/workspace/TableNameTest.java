package io.statedesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableNameTest {

    @Test
    void aShortName_isShownWhole() {
        assertThat(StoreTabView.shortTableName("dapr-state")).isEqualTo("dapr-state");
    }

    @Test
    void aLongName_keepsItsStartAndEnd() {
        String shown = StoreTabView.shortTableName("staging-eu-west-1-orders-service-state-v2");

        assertThat(shown).hasSize(StoreTabView.TABLE_NAME_SHOWN).startsWith("staging-eu-w").endsWith("-state-v2")
                .contains("…");
    }
}
