package io.statedesk.cli;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads component files through the component layer, with the command line's messages for what goes wrong. */
final class ComponentFiles {

    private ComponentFiles() {
    }

    static ComponentSet load(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw CliException.failure("no component file or folder at " + fileOrFolder
                    + " (pass --component FILE|DIR)");
        }
        try {
            return ComponentLoader.load(fileOrFolder);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + fileOrFolder + ": " + e.getMessage(), e);
        }
    }

    /** The {@code state.aws.dynamodb} components; when there are none, a file that could not be read says why. */
    static List<ComponentManifest> dynamoDbComponents(ComponentSet set) {
        List<ComponentManifest> found = set.dynamoDbComponents();
        if (found.isEmpty()) {
            set.readProblems().stream().filter(Violation::isError).findFirst().ifPresent(problem -> {
                throw CliException.failure(format(problem) + " (run 'statedesk validate' for every problem)");
            });
        }
        return found;
    }

    static List<Finding> validate(Path fileOrFolder) {
        return ComponentValidator.validate(load(fileOrFolder)).stream()
                .map(v -> new Finding(v.file(), v.line(), v.column(), v.isError(),
                        v.field() + ": " + v.message() + (v.fix().isEmpty() ? "" : " " + v.fix())))
                .toList();
    }

    private static String format(Violation v) {
        return (v.file() == null ? "" : v.file() + ":" + v.line() + ":" + v.column() + ": ") + v.message();
    }
}
