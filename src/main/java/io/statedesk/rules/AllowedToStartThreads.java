package io.statedesk.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that creates a {@link Thread} itself although all work goes through the one task executor: the
 * architecture test lets it through and the reason stays next to the code.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToStartThreads {

    /** Why this class needs a thread of its own. */
    String value();
}
