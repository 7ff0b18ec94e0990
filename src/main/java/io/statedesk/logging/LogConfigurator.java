package io.statedesk.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Configures logback when the first logger is asked for (found through META-INF/services, before logback would
 * look for an XML file): one rotating file per front end in the log folder ({@link LogFiles}), 5 files of 5 MB at
 * most, every line passed through {@link LogSecrets}; nothing on the console, so the command line's stdout and
 * stderr stay its own. INFO and up; {@code --debug} ({@link LogFiles#DEBUG_PROPERTY}) raises StateDesk's and the AWS
 * SDK's loggers to DEBUG. HttpClient's header and wire loggers stay at INFO even then: they print credentials.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final int FILES = 5;
    static final String MAX_SIZE = "5MB";
    /** logback looks at the file's size once a minute by default: a busy minute could double the file. */
    static final Duration SIZE_CHECK = Duration.buildBySeconds(1);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // logback prints its own problems (an unwritable folder) on stdout unless someone listens: nobody must.
        context.getStatusManager().add(new NopStatusListener());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        levels(context, Boolean.getBoolean(LogFiles.DEBUG_PROPERTY));
        Path file = LogFiles.current();
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            // No log then; the app works as before. The About dialog still names the folder.
            root.setLevel(Level.OFF);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        root.addAppender(appender(context, file, FileSize.valueOf(MAX_SIZE), SIZE_CHECK));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** StateDesk's and the AWS SDK's loggers at DEBUG or back at the root's INFO. */
    static void levels(LoggerContext context, boolean debug) {
        Level level = debug ? Level.DEBUG : null;
        context.getLogger("io.statedesk").setLevel(level);
        context.getLogger("software.amazon.awssdk").setLevel(level);
        context.getLogger("org.apache.http").setLevel(Level.INFO);
        context.getLogger("software.amazon.awssdk.thirdparty.org.apache.http").setLevel(Level.INFO);
    }

    /** The rotating, redacting file appender: {@code file} and at most {@value #FILES} - 1 older ones beside it. */
    static RollingFileAppender<ILoggingEvent> appender(LoggerContext context, Path file, FileSize maxSize,
            Duration sizeCheck) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());

        String name = file.getFileName().toString().replaceFirst("\\.log$", "");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.resolveSibling(name + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(FILES - 1);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(maxSize);
        trigger.setCheckIncrement(sizeCheck);
        trigger.start();

        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} " + ProcessHandle.current().pid()
                + " [%thread] %-5level %logger{36} - %msg%n");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
