package io.statedesk.component.model;

import java.nio.file.Path;

/** Something the loader skipped on purpose, as daprd would: a non-YAML file, a document of another kind. */
public record LoadNote(Path file, int line, String message) {
}
