package io.statedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TtlTextTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource(delimiter = '|', value = {
            "3600 | 3600",
            "90s | 90",
            "15m | 900",
            "15 min | 900",
            "2h | 7200",
            "7d | 604800",
            "1w | 604800",
            "1d 12h | 129600",
            "1h30m | 5400",
            "6d 23h | 601200",
            "2026-12-07 | 46800",
            "2026-12-06 18:00 | 25200",
            "2026-12-06T18:00:30 | 25230",
            "2026-12-06T12:00:00Z | 7200",
            "2026-12-06T12:00:00+01:00 | 3600"})
    void understandsDurationsAndDates(String typed, long seconds) {
        assertThat(TtlText.secondsFromNow(typed, NOW, BERLIN)).hasValue(seconds);
    }

    @Test
    void blank_meansNoTtl() {
        assertThat(TtlText.secondsFromNow("  ", NOW, BERLIN)).isEmpty();
    }

    @Test
    void aTimeInThePast_isRefusedWithWhy() {
        assertThatThrownBy(() -> TtlText.secondsFromNow("2026-12-01", NOW, BERLIN))
                .hasMessageContaining("lies in the past");
        assertThatThrownBy(() -> TtlText.secondsFromNow("0", NOW, BERLIN)).hasMessageContaining("lies in the past");
    }

    @Test
    void gibberish_isRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> TtlText.secondsFromNow("tomorrow", NOW, BERLIN))
                .hasMessageContaining("\"tomorrow\" is not understood").hasMessageContaining("2h");
        assertThatThrownBy(() -> TtlText.secondsFromNow("2026-13-45", NOW, BERLIN))
                .hasMessageContaining("not understood");
    }

    @ParameterizedTest(name = "{0} s left shows as \"{1}\"")
    @CsvSource(delimiter = '|', value = {"45 | 45s", "60 | 1m", "125 | 2m 5s", "7500 | 2h 5m", "601200 | 6d 23h",
            "86400 | 1d", "90061 | 1d 1h"})
    void timeLeft_showsTheTwoLargestUnits_andReadsBack(long seconds, String shown) {
        assertThat(TtlText.left(seconds)).isEqualTo(shown);
        assertThat(TtlText.secondsFromNow(shown, NOW, BERLIN).getAsLong()).isLessThanOrEqualTo(seconds);
    }

    @Test
    void localTime_namesTheZone() {
        assertThat(TtlText.localTime(Instant.parse("2026-12-24T17:00:00Z"), BERLIN))
                .isEqualTo("2026-12-24 18:00:00 Europe/Berlin");
        assertThat(TtlText.relative(Instant.parse("2026-12-06T12:05:00Z"), NOW)).isEqualTo("in 2h 5m");
        assertThat(TtlText.relative(Instant.parse("2026-12-06T07:00:00Z"), NOW)).isEqualTo("expired 3h ago");
    }
}
