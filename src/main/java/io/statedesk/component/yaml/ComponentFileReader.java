package io.statedesk.component.yaml;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadNote;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one component file: size guard, strict UTF-8, daprd's document split, then each document on its own. */
public final class ComponentFileReader {

    /** daprd's disk loader splits with Go's bufio.Scanner, whose default token limit is 64 KiB. */
    static final int DAPRD_DOCUMENT_LIMIT = 64 * 1024;
    /** Documents per file; beyond it the file is refused (each document costs a parser of its own). */
    public static final int MAX_DOCUMENTS = 1_000;

    private ComponentFileReader() {
    }

    public static LoadedFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            return LoadedFile.refused(path, fileProblem(path, "This is not a regular file, so it is not read.",
                    "Point StateDesk at a .yaml file or at the folder that holds it."));
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > SafeYaml.MAX_FILE_BYTES) {
                return LoadedFile.refused(path, tooLarge(path, size));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(SafeYaml.MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            return LoadedFile.refused(path, fileProblem(path,
                    "The file could not be read (" + e.getClass().getSimpleName() + ").",
                    "Check that it exists and that you may read it."));
        }
        if (bytes.length > SafeYaml.MAX_FILE_BYTES) {
            return LoadedFile.refused(path, tooLarge(path, bytes.length));
        }
        return parse(path, bytes);
    }

    /** Parses file content already in memory (also used to re-read text after an edit). */
    public static LoadedFile parse(Path path, byte[] bytes) {
        if (bytes.length > SafeYaml.MAX_FILE_BYTES) {
            return LoadedFile.refused(path, tooLarge(path, bytes.length));
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            return LoadedFile.refused(path, fileProblem(path, "The file is not UTF-8 text, so it is not YAML daprd reads.",
                    "Save it as UTF-8."));
        }
        return parseText(path, text, bom);
    }

    public static LoadedFile parseText(Path path, String text, boolean bom) {
        List<ComponentManifest> components = new ArrayList<>();
        List<LoadNote> notes = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        List<DocumentSplitter.Chunk> chunks = DocumentSplitter.split(text);
        if (chunks.size() > MAX_DOCUMENTS) {
            // Each document costs a parser of its own: a file of tens of thousands of `---` lines would cost
            // seconds. A real file holds a handful of components.
            return LoadedFile.refused(path, fileProblem(path, String.format(Locale.ROOT, "The file holds %,d YAML "
                    + "documents; StateDesk reads files of at most %,d documents. It was refused.", chunks.size(),
                    MAX_DOCUMENTS), "Split it into several files in one folder, which daprd reads the same way."));
        }
        for (int i = 0; i < chunks.size(); i++) {
            DocumentSplitter.Chunk chunk = chunks.get(i);
            if (!chunk.droppedText().isEmpty() && !chunk.droppedText().startsWith("#")) {
                problems.add(Violation.at(path, SourceSpan.at(chunk.separatorLine(), 4), null, "yaml",
                        Severity.WARNING, "daprd drops the text after `---` on a separator line.",
                        "Move that text to the next line."));
            }
            String chunkText = text.substring(chunk.start(), chunk.end());
            if (chunkText.length() > DAPRD_DOCUMENT_LIMIT) {
                // daprd fails on it, and reading it would be the one unbounded cost of validation: not parsed.
                problems.add(Violation.at(path, SourceSpan.at(chunk.firstLine(), 1), null, "document",
                        Severity.ERROR, "Document " + (i + 1) + " is larger than 64 KiB; daprd's loader reads"
                                + " documents with a 64 KiB buffer and fails on it, so it was not read.",
                        "Split it, or remove unrelated content."));
                continue;
            }
            NodePositions positions = new NodePositions(chunkText, chunk.start(), chunk.firstLine());
            Node root;
            try {
                root = SafeYaml.compose(chunkText);
            } catch (MarkedYAMLException e) {
                problems.add(syntaxProblem(path, positions, e));
                continue;
            } catch (YAMLException e) {
                problems.add(limitProblem(path, chunk, e));
                continue;
            }
            ManifestExtractor.Outcome outcome = new ManifestExtractor(path, i, text, positions, problems)
                    .extract(root);
            if (outcome instanceof ManifestExtractor.Outcome.Component c) {
                components.add(c.manifest());
            } else if (outcome instanceof ManifestExtractor.Outcome.Skipped s) {
                notes.add(s.note());
            }
        }
        return new LoadedFile(path, text, bom, components, notes, problems);
    }

    private static Violation syntaxProblem(Path path, NodePositions positions, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceSpan at = mark == null ? SourceSpan.FILE_START : positions.point(mark);
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        if (problem.contains("exceeds the specified max") || problem.contains("Nesting Depth")) {
            return limitViolation(path, at, problem);
        }
        if (problem.startsWith("Global tag is not allowed")) {
            return Violation.at(path, at, null, "yaml", Severity.ERROR,
                    "The document uses a global type tag (" + problem.substring(problem.indexOf(':') + 1).strip()
                            + "); such tags could name Java classes, so the document is refused.",
                    "Remove the `!!` tag: component values are plain text.");
        }
        return Violation.at(path, at, null, "yaml", Severity.ERROR, "Not valid YAML: " + problem + context + ".",
                "Fix the YAML at this position; daprd skips a document it cannot parse.");
    }

    private static Violation limitProblem(Path path, DocumentSplitter.Chunk chunk, YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return limitViolation(path, SourceSpan.at(chunk.firstLine(), 1), message);
    }

    private static Violation limitViolation(Path path, SourceSpan at, String problem) {
        String lower = problem.toLowerCase(Locale.ROOT);
        String what;
        if (lower.contains("alias")) {
            what = "This document uses more than " + SafeYaml.MAX_ALIASES + " aliases to lists or mappings, the"
                    + " pattern of a \"billion laughs\" file that expands to exhaust memory. It was refused.";
        } else if (lower.contains("nesting")) {
            what = "This document nests lists or mappings deeper than " + SafeYaml.MAX_NESTING_DEPTH
                    + " levels. It was refused.";
        } else if (lower.contains("recursive")) {
            what = "This document uses a recursive alias as a key. It was refused.";
        } else {
            what = "This document was refused by the YAML reader's safety limits.";
        }
        return Violation.at(path, at, null, "yaml", Severity.ERROR, what,
                "A Dapr component needs no anchors or deep nesting: write the values out.");
    }

    private static Violation tooLarge(Path path, long size) {
        return fileProblem(path, String.format(Locale.ROOT,
                        "The file is %,d bytes; StateDesk reads component files of at most %,d bytes (256 KiB)."
                                + " It was refused without being read.", size, SafeYaml.MAX_FILE_BYTES),
                "A component is a few kilobytes: check that this is the right file.");
    }

    private static Violation fileProblem(Path path, String message, String fix) {
        return Violation.at(path, SourceSpan.FILE_START, null, "file", Severity.ERROR, message, fix);
    }
}
