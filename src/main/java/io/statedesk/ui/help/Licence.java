package io.statedesk.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shipped library and its licences, as the build's THIRD-PARTY.txt lists it:
 * {@code (Apache-2.0) AWS SDK :: DynamoDB (software.amazon.awssdk:dynamodb:2.40.2 - https://...)}.
 *
 * @param licences one or more, "EPL-2.0 or LGPL-2.1-only" when the library offers a choice
 */
public record Licence(String library, String coordinates, String licences) {

    private static final Pattern LINE = Pattern.compile("^\\s+((?:\\([^)]*\\)\\s*)+)(.+?)\\s+\\(([^\\s()]+:[^\\s()]+)"
            + "(?:\\s+-\\s+[^)]*)?\\)\\s*$");
    private static final Pattern ONE = Pattern.compile("\\(([^)]*)\\)");

    /** The libraries of an inventory, in its order; lines that are not entries (its header) are left out. */
    public static List<Licence> parse(String inventory) {
        List<Licence> licences = new ArrayList<>();
        for (String line : inventory.split("\\R")) {
            Matcher entry = LINE.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher one = ONE.matcher(entry.group(1));
            while (one.find()) {
                names.add(one.group(1).strip());
            }
            licences.add(new Licence(entry.group(2).strip(), entry.group(3), String.join(" or ", names)));
        }
        return licences;
    }
}
