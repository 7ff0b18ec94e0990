package io.statedesk.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.transfer.Expected;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.transfer.TransferSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class CompareViewModelIT {

    private RawItems leftRaw;
    private RawItems rightRaw;
    private String rightTable;
    private CompareSide left;
    private CompareSide right;
    private ScriptedDialogs dialogs;
    private CompareViewModel model;

    @BeforeEach
    void sides(DynamoDbClient client, DaprTables tables) {
        String a = tables.create();
        String b = tables.create();
        rightTable = b;
        leftRaw = new RawItems(client, a);
        rightRaw = new RawItems(client, b);
        leftRaw.putS("shop||1", "{\"a\":1,\"b\":2}");
        rightRaw.putS("shop||1", "{\"b\":2,\"a\":1}");
        leftRaw.putS("shop||2", "{\"status\":\"pending\"}");
        rightRaw.putS("shop||2", "{\"status\":\"shipped\"}");
        leftRaw.putS("shop||3", "{}");
        rightRaw.putS("shop||4", "{}");
        left = new CompareSide("local", UiStores.session(client, a, false));
        right = new CompareSide("staging", UiStores.session(client, b, false));
        dialogs = new ScriptedDialogs();
        model = new CompareViewModel(List.of(left, right), left, right, new CurrentThreadTaskRunner(), dialogs);
    }

    private List<String> shownKeys() {
        return model.shown().stream().map(DiffEntry::key).sorted().toList();
    }

    @Test
    void compare_countsEachClass_andHidesWhatIsTheSame_untilAsked() {
        model.compare();

        assertThat(model.countProperty(DiffKind.ONLY_LEFT).get()).isEqualTo(1);
        assertThat(model.countProperty(DiffKind.ONLY_RIGHT).get()).isEqualTo(1);
        assertThat(model.countProperty(DiffKind.DIFFERENT).get()).isEqualTo(1);
        assertThat(model.countProperty(DiffKind.SAME).get()).isEqualTo(1);
        assertThat(shownKeys()).containsExactly("shop||2", "shop||3", "shop||4");
        assertThat(model.statusProperty().get()).startsWith("Compared: 1 only left, 1 only right, 1 different, 1 same");

        model.showProperty(DiffKind.SAME).set(true);
        assertThat(shownKeys()).containsExactly("shop||1", "shop||2", "shop||3", "shop||4");
    }

    @Test
    void choosingAKey_showsBothValuesSideBySide() {
        model.compare();
        model.chosenProperty().set(model.shown().stream().filter(e -> e.key().equals("shop||2")).findFirst()
                .orElseThrow());

        assertThat(model.values().rows()).extracting(r -> r.left() + " | " + r.right())
                .contains("  \"status\" : \"pending\" |   \"status\" : \"shipped\"");
        assertThat(model.values().summaryProperty().get()).startsWith("1 line differs");
    }

    @Test
    void copyToTheRight_takesWhatDiffers_withTheEtagsTheRightSideHadWhenCompared() {
        List<TransferSource.Keys> copies = new ArrayList<>();
        model.setOnCopy((keys, target) -> {
            copies.add(keys);
            assertThat(target).isSameAs(right);
        });
        model.compare();

        model.copyToRight(List.of());

        assertThat(copies).singleElement().satisfies(keys -> {
            assertThat(keys.session()).isSameAs(left.session());
            assertThat(keys.requests()).extracting(TransferSource.Request::key)
                    .containsExactlyInAnyOrder("shop||2", "shop||3");
            assertThat(keys.requests()).filteredOn(r -> r.key().equals("shop||2")).singleElement()
                    .extracting(TransferSource.Request::expected)
                    .isEqualTo(new Expected.Etag(rightRaw.etag("shop||2")));
            assertThat(keys.requests()).filteredOn(r -> r.key().equals("shop||3")).singleElement()
                    .extracting(TransferSource.Request::expected).isEqualTo(new Expected.Absent());
        });
    }

    @Test
    void oneComponentWithItself_needsTwoPrefixes() {
        model.rightProperty().set(left);

        model.compare();

        assertThat(model.statusProperty().get()).contains("give the sides different prefixes");
        assertThat(model.problemProperty().get()).isTrue();
        model.leftPrefixProperty().set("shop||1");
        model.rightPrefixProperty().set("shop||2");
        model.compare();
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.countProperty(DiffKind.DIFFERENT).get()).isEqualTo(1);
    }

    @Test
    void aSideThatIsNotLocal_isComparedOnlyAfterTheCostQuestion(DynamoDbClient client) {
        StoreSession remote = UiStores.session(client, rightTable, true);
        CompareSide aws = new CompareSide("aws", remote);
        CompareViewModel onAws = new CompareViewModel(List.of(left, aws), left, aws, new CurrentThreadTaskRunner(),
                dialogs);
        dialogs.confirmAnswer = false;

        onAws.compare();

        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Comparing reads the whole table");
        assertThat(onAws.statusProperty().get()).isEqualTo("Not compared: nothing was read.");
        assertThat(onAws.shown()).isEmpty();
    }

    @Test
    void twoKeysOfOneTable_areShownSideBySide() {
        ValueDiffModel values = new ValueDiffModel(new CurrentThreadTaskRunner());

        values.show(left.session(), "shop||1", left.session(), "shop||2");

        assertThat(values.leftTitleProperty().get()).isEqualTo("shop||1");
        assertThat(values.rightTitleProperty().get()).isEqualTo("shop||2");
        assertThat(values.summaryProperty().get()).startsWith("2 lines differ");
    }
}
