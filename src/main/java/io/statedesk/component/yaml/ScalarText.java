package io.statedesk.component.yaml;

import io.statedesk.component.model.ValueStyle;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * How daprd's YAML decoder (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1 rules) reads an unquoted scalar: null words
 * become nothing and the YAML 1.1 booleans ({@code yes}, {@code off}, {@code y}...) become {@code true}/{@code false}.
 */
final class ScalarText {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TRUE = Pattern.compile("y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON");
    private static final Pattern FALSE = Pattern.compile("n|N|no|No|NO|false|False|FALSE|off|Off|OFF");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
    private static final Pattern ANY_NUMBER = Pattern.compile(
            "[-+]?(0[xob]?[0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9]+([eE][-+]?[0-9]+)?"
                    + "|\\.(inf|Inf|INF|nan|NaN|NAN)|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)");

    private ScalarText() {
    }

    static boolean isPlain(ScalarNode node) {
        return node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    static boolean isNull(ScalarNode node) {
        return isPlain(node) && NULL.matcher(node.getValue()).matches();
    }

    static boolean isYaml11Boolean(ScalarNode node) {
        return isPlain(node) && (TRUE.matcher(node.getValue()).matches() || FALSE.matcher(node.getValue()).matches());
    }

    /** A plain scalar that YAML reads as a number in a form that does not survive as the same text. */
    static boolean isRewrittenNumber(ScalarNode node) {
        String v = node.getValue();
        return isPlain(node) && ANY_NUMBER.matcher(v).matches() && !PLAIN_NUMBER.matcher(v).matches();
    }

    static String asDapr(ScalarNode node) {
        if (!isPlain(node)) {
            return node.getValue();
        }
        String v = node.getValue();
        if (TRUE.matcher(v).matches()) {
            return "true";
        }
        if (FALSE.matcher(v).matches()) {
            return "false";
        }
        return v;
    }

    static ValueStyle style(Node node) {
        if (node instanceof MappingNode || node instanceof SequenceNode) {
            return ValueStyle.STRUCTURE;
        }
        ScalarNode s = (ScalarNode) node;
        return switch (s.getScalarStyle()) {
            case PLAIN -> isNull(s) ? ValueStyle.NULL : ValueStyle.PLAIN;
            case SINGLE_QUOTED -> ValueStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ValueStyle.DOUBLE_QUOTED;
            default -> ValueStyle.BLOCK;
        };
    }
}
