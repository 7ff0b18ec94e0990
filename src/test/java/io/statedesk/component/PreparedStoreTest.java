package io.statedesk.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.aws.CredentialSource;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.session.WritePolicy;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreparedStoreTest {

    @Test
    void localComponentWithFileSecrets_isReadyToOpenForWriting() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("folder-mixed"));

        PreparedStore store = PreparedStore.prepare(set, set.component("statestore").orElseThrow(), Map.of(), null,
                null);

        assertThat(store.hasErrors()).isFalse();
        assertThat(store.problems()).isEmpty();
        assertThat(store.credentials().source()).isInstanceOf(CredentialSource.StaticKeys.class);
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(store.config().endpoint())).isFalse();
        assertThat(store.storeConfig(false).table()).isEqualTo("dapr-state");
    }

    @Test
    void awsComponentWithAMissingSecret_opensReadOnly_andListsTheProblem() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"));

        PreparedStore store = PreparedStore.prepare(set, set.component("orders").orElseThrow(), Map.of(), null, null);

        assertThat(WritePolicy.loopbackOnly().opensReadOnly(store.config().endpoint())).isTrue();
        assertThat(store.hasErrors()).isTrue();
        assertThat(store.problems().get(0).message()).contains("Secret `aws` not found");
        assertThat(store.credentials().source()).isInstanceOf(CredentialSource.DefaultChain.class);
    }

    @Test
    void otherComponentTypes_areRefused() throws IOException {
        ComponentSet set = ComponentLoader.load(Fixtures.components("folder-mixed"));

        assertThatThrownBy(() -> PreparedStore.prepare(set, set.component("pubsub").orElseThrow(), Map.of(), null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a state.aws.dynamodb");
    }
}
