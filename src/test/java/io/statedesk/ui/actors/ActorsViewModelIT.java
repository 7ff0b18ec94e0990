package io.statedesk.ui.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.actors.DaprKeyKind;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Actors view model on the sandbox's sample state. */
@WithTestDatabase
class ActorsViewModelIT {

    private ActorsViewModel model;

    @BeforeEach
    void open(DynamoDbClient client, DaprTables tables) {
        model = new ActorsViewModel(UiStores.session(client, UiStores.sampleTable(tables), false),
                new CurrentThreadTaskRunner(), new ScriptedDialogs());
        model.refresh();
    }

    @Test
    void actorTypes_areListedWithTheirActorsAndStateKeys() {
        assertThat(model.types()).extracting(t -> t.appId() + " " + t.actorType()).contains("billing OrderActor",
                "billing InvoiceActor", "orders dapr.internal.default.orders.workflow");
        assertThat(model.selectedTypeProperty().get().actorType()).isEqualTo("InvoiceActor");

        model.selectedTypeProperty().set(model.types().stream().filter(t -> t.actorType().equals("OrderActor"))
                .findFirst().orElseThrow());

        assertThat(model.actors()).extracting(a -> a.actorId()).containsExactly("o-77", "o-78", "o-79");
        assertThat(model.state()).extracting(e -> e.key()).containsExactly("amount", "status");
        assertThat(model.state()).allSatisfy(e -> assertThat(e.sizeBytes()).isPositive());
    }

    @Test
    void oldReminderRecords_areDecoded_inBothForms_andOutboxMarkersListed() {
        assertThat(model.reminders()).filteredOn(r -> r.reminder() == null).extracting(ReminderRow::kind)
                .containsExactlyInAnyOrder(DaprKeyKind.REMINDER_LIST.label(), DaprKeyKind.REMINDER_METADATA.label(),
                        DaprKeyKind.REMINDER_PARTITION.label(), DaprKeyKind.REMINDER_PARTITION.label(),
                        DaprKeyKind.REMINDER_TRACK.label());
        assertThat(model.reminders()).filteredOn(r -> r.reminder() != null).extracting(ReminderRow::description)
                .anySatisfy(d -> assertThat(d).startsWith("retry-charge · due 15m · every PT15M"))
                .anySatisfy(d -> assertThat(d).startsWith("send-dunning · due 168h · every R3/P7D")
                        .contains("data {\"level\":2}"));
        assertThat(model.reminders()).filteredOn(r -> r.key().equals("actors||InvoiceActor||metadata"))
                .singleElement().extracting(ReminderRow::description).isEqualTo("partition count 2");
        assertThat(model.outbox()).extracting(i -> i.key().stored())
                .containsExactly("outbox-7d3e9a52-3c1f-4b8e-9a0d-5f2b6c1e8a47");
        assertThat(ActorsViewModel.staleNote()).contains("Scheduler");
        assertThat(model.statusProperty().get()).contains("5 reminder records").contains("1 outbox markers");
    }
}
