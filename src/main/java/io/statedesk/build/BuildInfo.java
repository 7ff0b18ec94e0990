package io.statedesk.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts the build wrote into the jar (resources-filtered/io/statedesk/build/build.properties). */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The app's version, from the POM. */
    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The dynoxide version the build pins and ships for the sandbox. */
    public static String dynoxideVersion() {
        return PROPERTIES.getProperty("dynoxide.version", "unknown");
    }

    /** When the jar was built, UTC to the minute. */
    public static String buildTime() {
        return PROPERTIES.getProperty("build.time", "unknown");
    }

    /** The jar's third-party inventory (THIRD-PARTY.txt, written by the build): one line per shipped library. */
    public static String thirdPartyInventory() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("THIRD-PARTY.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The jar's THIRD-PARTY.txt cannot be read", e);
        }
    }

    public static String javaFxVersion() {
        return PROPERTIES.getProperty("javafx.version", "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The jar's build.properties cannot be read", e);
        }
        return properties;
    }
}
