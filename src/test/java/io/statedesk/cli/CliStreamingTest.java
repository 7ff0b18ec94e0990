package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys and export write each page as it arrives: a fake store looks at the output before handing the next page. */
class CliStreamingTest {

    private static final List<List<String>> PAGES = List.of(
            List.of("shop||b-1", "shop||a-1"), List.of("shop||c-1"), List.of("shop||a-0"));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final List<String> seenBeforePage = new ArrayList<>();
    private final AtomicReference<PagedFakeStore> store = new AtomicReference<>();
    private final List<Integer> maxSegments = new ArrayList<>();

    private int run(OutputStream target, String... args) {
        Path component = CliHarness.localComponent(dir, "state", URI.create("http://127.0.0.1:9"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new StringWriter(), true);
        CliContext context = CliContext.textOnly(out, err).withStdout(target, out)
                .withStores((config, client, executor, segments) -> {
                    maxSegments.add(segments);
                    store.set(new PagedFakeStore(config, PAGES,
                            page -> seenBeforePage.add(stdout.toString(StandardCharsets.UTF_8))));
                    return store.get();
                });
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CommandLineMain.run(all.toArray(String[]::new), context);
    }

    @Test
    void keys_printsEachPageBeforeTheNextArrives_readingTheKeyAttributeAlone() {
        assertThat(run(stdout, "keys")).isZero();

        assertThat(seenBeforePage.get(0)).isEmpty();
        assertThat(seenBeforePage.get(1)).contains("shop||b-1\t", "shop||a-1\t").doesNotContain("c-1");
        assertThat(seenBeforePage.get(2)).contains("shop||c-1\t");
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).extracting(line -> line.split("\t")[0])
                .containsExactly("shop||b-1", "shop||a-1", "shop||c-1", "shop||a-0");
        assertThat(store.get().requests).singleElement().satisfies(request -> {
            assertThat(request.keysOnly()).isTrue();
            assertThat(request.namesOnly()).as("only the key attribute is projected").isTrue();
        });
        assertThat(maxSegments).as("a local endpoint is scanned with one segment (decision 0034)")
                .containsExactly(1);
    }

    @Test
    void keysJson_streamsOneArray() {
        assertThat(run(stdout, "keys", "--output", "json")).isZero();

        assertThat(seenBeforePage.get(1)).startsWith("[{").contains("\"shop||a-1\"");
        String all = stdout.toString(StandardCharsets.UTF_8).strip();
        assertThat(all).startsWith("[{").endsWith("}]").doesNotContain("\n");
        assertThat(all.split("\"key\":", -1)).hasSize(5);
    }

    @Test
    void keysSort_holdsTheKeysUntilTheEnd_andPrintsThemInOrder() {
        assertThat(run(stdout, "keys", "--sort")).isZero();

        assertThat(seenBeforePage).allSatisfy(seen -> assertThat(seen).isEmpty());
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).extracting(line -> line.split("\t")[0])
                .containsExactly("shop||a-0", "shop||a-1", "shop||b-1", "shop||c-1");
    }

    @Test
    void keys_stopsTheScanWhenTheOutputIsClosed() {
        OutputStream closedAfterFirstWrite = new OutputStream() {
            private boolean written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written) {
                    throw new IOException("Broken pipe");
                }
                written = true;
            }
        };

        run(closedAfterFirstWrite, "keys");

        assertThat(store.get().pagesDelivered).as("pages read after the reader went away").isLessThan(PAGES.size());
    }

    @Test
    void export_writesEachPageBeforeTheNextArrives() {
        assertThat(run(stdout, "export")).isZero();

        assertThat(seenBeforePage.get(1)).contains("\"shop||b-1\"", "\"shop||a-1\"").doesNotContain("c-1");
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
    }
}
