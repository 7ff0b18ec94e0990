package io.statedesk.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log file's line layout, with {@link LogSecrets} applied to the whole line: message, arguments, stack trace. */
public final class RedactingLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return LogSecrets.apply(super.doLayout(event));
    }
}
