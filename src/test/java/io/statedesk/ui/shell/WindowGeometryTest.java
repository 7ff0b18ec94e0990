package io.statedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1440, 0, 1920, 1080);

    @Test
    void aRememberedPlaceOnAScreen_isKept() {
        assertThat(WindowGeometry.place(1500, 40, 1200, 800, List.of(LAPTOP, RIGHT_MONITOR), LAPTOP))
                .isEqualTo(new Rectangle2D(1500, 40, 1200, 800));
    }

    @Test
    void nothingRemembered_isTheDefaultSize_centred() {
        assertThat(WindowGeometry.place(Double.NaN, Double.NaN, WindowGeometry.DEFAULT_WIDTH,
                WindowGeometry.DEFAULT_HEIGHT, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new Rectangle2D(80, 50, 1280, 800));
    }

    @Test
    void aPlaceOnAMonitorThatIsGone_movesToThePrimaryScreen() {
        assertThat(WindowGeometry.place(1500, 40, 1200, 800, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new Rectangle2D(120, 50, 1200, 800));
    }

    @Test
    void aSizeLargerThanTheScreen_isMadeToFit() {
        assertThat(WindowGeometry.place(0, 0, 2500, 1600, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new Rectangle2D(0, 0, 1440, 900));
    }

    @Test
    void aSizeBelowTheMinimum_isTheDefault() {
        assertThat(WindowGeometry.place(10, 10, 800, 475, List.of(LAPTOP), LAPTOP).getHeight())
                .isEqualTo(WindowGeometry.DEFAULT_HEIGHT);
    }
}
