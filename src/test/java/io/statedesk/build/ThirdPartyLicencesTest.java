package io.statedesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inventory of what ships: the build writes it (license-maven-plugin for the jars, tools/dynoxide for the
 * sandbox's binary) and refuses licences that are not open source; this checks that what a user gets carries it.
 */
class ThirdPartyLicencesTest {

    @Test
    void jarCarriesTheInventory_ofOpenSourceDependenciesOnly() throws IOException {
        String inventory;
        try (InputStream in = BuildInfo.class.getResourceAsStream("THIRD-PARTY.txt")) {
            assertThat(in).as("io/statedesk/build/THIRD-PARTY.txt in the jar").isNotNull();
            inventory = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> entries = inventory.lines().filter(line -> line.startsWith("     (")).toList();

        assertThat(entries).hasSizeGreaterThan(20)
                .anySatisfy(line -> assertThat(line).contains("software.amazon.awssdk:dynamodb"))
                .noneSatisfy(line -> assertThat(line).containsIgnoringCase("DynamoDBLocal"))
                .allSatisfy(line -> assertThat(line).containsAnyOf("(Apache-2.0)", "(MIT)", "(MIT-0)",
                        "(BSD-2-Clause)", "(BSD-3-Clause)", "(EPL-2.0)", "(GPL-2.0-with-classpath-exception)",
                        "(MPL-2.0)"));
    }

    @Test
    void sandboxBinary_shipsWithItsLicences_andTheCratesItIsBuiltFrom() throws IOException {
        Path licenses = Path.of(System.getProperty("statedesk.dynoxide", "target/dynoxide")).resolve("licenses");

        assertThat(licenses.resolve("LICENSE-MIT")).isRegularFile();
        assertThat(licenses.resolve("LICENSE-APACHE")).isRegularFile();
        assertThat(Files.readString(licenses.resolve("THIRD-PARTY-CRATES.txt")))
                .contains("dynoxide-rs v" + BuildInfo.dynoxideVersion())
                .contains("tokio v");
    }

    @Test
    void buildInfo_namesTheVersions() {
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(BuildInfo.dynoxideVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(BuildInfo.javaFxVersion()).startsWith("21.");
    }
}
