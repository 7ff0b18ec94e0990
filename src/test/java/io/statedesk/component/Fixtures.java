package io.statedesk.component;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the fixture files under src/test/resources/components. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path components(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/components/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
