package io.statedesk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void fullLogFile_rotates_keepingAtMostFiveFiles_eachRedacted() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        Path file = dir.resolve("statedesk.log");
        RollingFileAppender<?> appender = LogConfigurator.appender(context, file, FileSize.valueOf("2KB"),
                Duration.buildByMilliseconds(0));
        Logger log = context.getLogger("io.statedesk.test");
        log.addAppender((ch.qos.logback.core.Appender) appender);
        LogSecrets.hide(List.of("rotation-secret-8e1f"));

        // Size checked at every line here: the fifth file comes after about 100 lines; the bound only stops a bug.
        for (int line = 0; line < 100_000 && !Files.exists(dir.resolve("statedesk.4.log")); line++) {
            log.info("line {} with rotation-secret-8e1f and some padding to fill the file faster", line);
        }
        // Further rotations drop the oldest file rather than adding a sixth.
        for (int line = 0; line < 30; line++) {
            log.info("after {}", line);
        }
        context.stop();

        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("statedesk.1.log", "statedesk.2.log", "statedesk.3.log",
                "statedesk.4.log", "statedesk.log");
        for (String name : names) {
            assertThat(Files.readString(dir.resolve(name))).as(name).doesNotContain("rotation-secret-8e1f");
        }
        assertThat(Files.readString(dir.resolve("statedesk.4.log"))).contains("with <secret> and");
    }
}
