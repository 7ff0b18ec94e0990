package io.statedesk.session;

import io.statedesk.component.model.ComponentSet;
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
 * @param listedIn the file or folder as it was read when listing (its secret stores included), so that preparing the
 *                 component does not read it again; null when it was not listed from files (a cluster's)
 */
public record ComponentChoice(String name, String type, Path file, int line, boolean usable, List<String> problems,
                              ClusterOrigin cluster, ComponentSet listedIn) {
    public ComponentChoice {
        problems = List.copyOf(problems);
    }

    /** A component of a file, to be read when it is prepared. */
    public ComponentChoice(String name, String type, Path file, int line, boolean usable, List<String> problems) {
        this(name, type, file, line, usable, problems, null, null);
    }

    /** A component of a cluster. */
    public ComponentChoice(String name, String type, Path file, int line, boolean usable, List<String> problems,
                           ClusterOrigin cluster) {
        this(name, type, file, line, usable, problems, cluster, null);
    }

    public boolean fromCluster() {
        return cluster != null;
    }

    @Override
    public String toString() {
        return name + " (" + type + ")" + (usable ? "" : " — cannot open");
    }
}
