package io.statedesk.session;

import java.nio.file.Path;
import java.util.List;

/**
 * A component found in a file or folder, as the open dialog lists it.
 *
 * @param name     the component's metadata.name
 * @param type     its spec.type
 * @param file     the file it is in
 * @param line     the line its document starts at
 * @param usable   true for a state.aws.dynamodb component without validation errors
 * @param problems validation findings, each one readable sentence with file and line
 * @param cluster  where it lives when it comes from a Kubernetes cluster (then {@code file} only names it), else
 *                 null
 */
public record ComponentChoice(String name, String type, Path file, int line, boolean usable, List<String> problems,
                              ClusterOrigin cluster) {
    public ComponentChoice {
        problems = List.copyOf(problems);
    }

    /** A component of a file. */
    public ComponentChoice(String name, String type, Path file, int line, boolean usable, List<String> problems) {
        this(name, type, file, line, usable, problems, null);
    }

    public boolean fromCluster() {
        return cluster != null;
    }

    @Override
    public String toString() {
        return name + " (" + type + ")" + (usable ? "" : " — cannot open");
    }
}
