package io.statedesk.component.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML set up for files we did not write: only the composer (node tree with marks) is used, so no Java object
 * is ever constructed from a tag, and the limits stop a hostile file long before it costs memory or time.
 */
public final class SafeYaml {

    /**
     * Largest component file read at all; daprd has no limit, but a real component is a few kilobytes. 256 KiB keeps
     * the validation of any accepted file under a second and 64 MB (issue 13, measured in docs/reliability.md).
     */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    /** Aliases to collections per document: enough for a shared anchor or two, far too few for a "billion laughs". */
    public static final int MAX_ALIASES = 20;
    /** Nesting depth of collections; a component needs about 5. */
    public static final int MAX_NESTING_DEPTH = 40;

    private SafeYaml() {
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setProcessComments(false);
        options.setAllowDuplicateKeys(true); // reported as a warning by the extractor, with the position
        return options;
    }

    /**
     * Composes one document into nodes with marks.
     *
     * @return the root node, or null when the text holds only comments or blank lines
     * @throws org.yaml.snakeyaml.error.YAMLException for a syntax error or an exceeded limit
     */
    public static Node compose(String text) {
        LoaderOptions options = options();
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        return yaml.compose(new StringReader(text));
    }
}
