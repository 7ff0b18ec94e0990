package io.statedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The window's JVM options live in three places (the POM for javafx:run and the tests, the installer's argument
 * file); the GUI tests only speak for the installed app if all three say the same.
 */
class UiJvmOptionsTest {

    @Test
    void installerAndTests_runTheWindowWithTheSameCollectorGoal() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher property = Pattern.compile("<ui\\.gc\\.options>([^<]+)</ui\\.gc\\.options>").matcher(pom);
        assertThat(property.find()).as("pom.xml property ui.gc.options").isTrue();
        String options = property.group(1).strip();

        assertThat(Files.readAllLines(Path.of("packaging/jpackage/image.args")))
                .as("packaging/jpackage/image.args").contains("--java-options " + options);
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .as("this test JVM's options (Surefire's argLine)").contains(options);
        assertThat(pom).contains("<option>${ui.gc.options}</option>");
    }
}
