package io.statedesk.interop;

import io.statedesk.testing.WithTestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An interop test class: runs only in the {@code daprd} Maven profile (JUnit tag {@value #TAG}), on the run's
 * the run's dynoxide, one instance per class, skipped test by test with the reason where {@code go} is not on the PATH,
 * and rewrites {@code target/interop-report.md} when it ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DaprInterop.TAG)
@WithTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({RequiresTool.Go.class, InteropReport.Writer.class})
public @interface DaprInterop {
    String TAG = "daprd";
}
