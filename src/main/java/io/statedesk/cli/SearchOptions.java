package io.statedesk.cli;

import io.statedesk.search.InvalidQueryException;
import io.statedesk.search.JsonQuery;
import io.statedesk.search.SearchCounts;
import io.statedesk.search.ValueQuery;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --where} and {@code --value-contains}: a search inside values while the keys are scanned. */
final class SearchOptions {

    @Option(names = "--where", paramLabel = "EXPR",
            description = "Only items whose value is JSON for which this JMESPath expression is true (not null, "
                    + "false or empty), e.g. \"status == 'pending'\" or \"items[?qty > `10`]\" (numbers in "
                    + "backticks, text in single quotes).")
    String where;

    @Option(names = "--value-contains", paramLabel = "TEXT",
            description = "Only items whose value contains TEXT (case-sensitive; on S values DynamoDB filters "
                    + "before sending, though it reads every item all the same).")
    String contains;

    @Option(names = "--ignore-case", description = "--value-contains without regard to case (filtered here).")
    boolean ignoreCase;

    /** The search, or empty when neither option was given; a bad expression is a usage error. */
    Optional<ValueQuery> query() {
        if (where == null && contains == null) {
            if (ignoreCase) {
                throw CliException.usage("--ignore-case goes with --value-contains");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new ValueQuery(contains, ignoreCase, where == null ? null : JsonQuery.compile(where)));
        } catch (InvalidQueryException e) {
            throw CliException.usage("--where: " + e.getMessage());
        }
    }

    /** One line for stderr after a search: what matched, what was skipped. */
    static String summary(SearchCounts counts) {
        String skipped = counts.skipped();
        return "matched " + counts.matched() + " of " + counts.examined() + " items examined"
                + (skipped.isEmpty() ? "" : "; " + skipped)
                + (counts.decrypted() > 0 ? "; " + counts.decrypted() + " encrypted values searched decrypted" : "");
    }
}
