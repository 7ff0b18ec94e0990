package io.statedesk.component;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.LoadNote;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an "open component" dialog or {@code statedesk components list} shows: every component of a file or folder
 * with its own findings, plus findings not tied to any component (unreadable files, YAML errors) and skipped files.
 *
 * @param set          what was loaded
 * @param entries      one per Component document, in file order
 * @param fileProblems violations not tied to a component
 * @param notes        files and documents skipped on purpose
 */
public record ComponentCatalog(ComponentSet set, List<Entry> entries, List<Violation> fileProblems,
                               List<LoadNote> notes) {

    /**
     * One component and its findings.
     *
     * @param manifest   the component
     * @param violations its violations, sorted by position
     */
    public record Entry(ComponentManifest manifest, List<Violation> violations) {

        public Entry {
            violations = List.copyOf(violations);
        }

        public String name() {
            return manifest.name() == null ? "" : manifest.name();
        }

        public String type() {
            return manifest.type() == null ? "" : manifest.type();
        }

        public Path file() {
            return manifest.file();
        }

        /** The line the component's document starts at. */
        public int line() {
            return manifest.span("document").line();
        }

        public boolean isDynamoDb() {
            return manifest.isDynamoDb();
        }

        /** A DynamoDB state store without errors: StateDesk can open it. */
        public boolean usable() {
            return manifest.isDynamoDb() && violations.stream().noneMatch(Violation::isError);
        }

        /** Each violation as one sentence with file, line and column. */
        public List<String> problemSentences() {
            return violations.stream().map(Violation::describe).toList();
        }
    }

    public ComponentCatalog {
        entries = List.copyOf(entries);
        fileProblems = List.copyOf(fileProblems);
        notes = List.copyOf(notes);
    }

    /** Loads and validates a file or folder. Blocking file I/O: call it off the UI thread. */
    public static ComponentCatalog list(Path fileOrFolder) throws IOException {
        return of(ComponentLoader.load(fileOrFolder));
    }

    public static ComponentCatalog of(ComponentSet set) {
        List<Violation> all = ComponentValidator.validate(set);
        List<Entry> entries = set.components().stream()
                .map(c -> new Entry(c, all.stream().filter(v -> belongsTo(v, c, set)).toList()))
                .toList();
        List<Violation> loose = all.stream()
                .filter(v -> set.components().stream().noneMatch(c -> belongsTo(v, c, set)))
                .toList();
        return new ComponentCatalog(set, entries, loose, set.allNotes());
    }

    /** A violation belongs to a component when it lies inside that component's document. */
    private static boolean belongsTo(Violation v, ComponentManifest c, ComponentSet set) {
        if (!Objects.equals(v.file(), c.file())) {
            return false;
        }
        List<ComponentManifest> sameFile = set.components().stream().filter(o -> o.file().equals(c.file())).toList();
        int start = c.span("document").line();
        int next = sameFile.stream().mapToInt(o -> o.span("document").line()).filter(l -> l > start).min()
                .orElse(Integer.MAX_VALUE);
        return v.component() != null ? Objects.equals(v.component(), c.name()) && v.line() >= start && v.line() < next
                : v.line() >= start && v.line() < next && !v.field().equals("yaml") && !v.field().equals("file");
    }

    public List<Entry> dynamoDbEntries() {
        return entries.stream().filter(Entry::isDynamoDb).toList();
    }
}
