package io.statedesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "order-2, order-10",
            "order-9, order-10",
            "a1b2, a1b10",
            "a, a1",
            "a1, b",
            "app||k9, app||k10",
            "x99999999999999999999998, x99999999999999999999999",
            "a01, a1",
            "A, a",
            "sku-0096, sku-0100",
            "orders||order-1001, orders||order-1002"})
    void ordersNumbersByValue(String smaller, String larger) {
        assertThat(NaturalOrder.INSTANCE.compare(smaller, larger)).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare(larger, smaller)).isPositive();
    }

    @Test
    void ignoresCase_soCapitalisedKeysSortAmongTheirLetter() {
        List<String> keys = new ArrayList<>(List.of("payments", "PaymentActor", "billing", "actors", "Zeta"));
        keys.sort(NaturalOrder.INSTANCE);

        assertThat(keys).containsExactly("actors", "billing", "PaymentActor", "payments", "Zeta");
        assertThat(NaturalOrder.INSTANCE.compare("A", "a")).isNotZero();
    }

    @Test
    void isZeroOnlyForEqualText() {
        assertThat(NaturalOrder.INSTANCE.compare("order-10", "order-10")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("a1", "a01")).isNotZero();
    }

    @Test
    void sortsAsAPersonWould() {
        List<String> keys = new ArrayList<>(List.of("order-10", "order-2", "order-1", "order-100", "other", "order-20"));
        Collections.shuffle(keys, new Random(7));

        keys.sort(NaturalOrder.INSTANCE);

        assertThat(keys).containsExactly("order-1", "order-2", "order-10", "order-20", "order-100", "other");
    }

    @Test
    void isTransitive_overRandomKeys() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder key = new StringBuilder();
            for (int c = random.nextInt(6); c >= 0; c--) {
                key.append("a0b1|9".charAt(random.nextInt(6)));
            }
            keys.add(key.toString());
        }
        keys.sort(NaturalOrder.INSTANCE);
        for (int i = 0; i + 1 < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                assertThat(NaturalOrder.INSTANCE.compare(keys.get(i), keys.get(j))).isLessThanOrEqualTo(0);
            }
        }
    }
}
