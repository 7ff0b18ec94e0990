package io.statedesk.component.form;

import io.statedesk.component.validation.AwsRegions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/** The searchable region list: the component layer's regions, described by the AWS SDK ("Europe (Frankfurt)"). */
public final class RegionChoices {

    /** One region of the list. */
    public record Choice(String code, String description) {
        @Override
        public String toString() {
            return description.isEmpty() ? code : code + " — " + description;
        }
    }

    public static final List<Choice> ALL = AwsRegions.ALL.stream().map(RegionChoices::choice).toList();

    private RegionChoices() {
    }

    /** Regions whose code or description contains the text; codes starting with it first. */
    public static List<Choice> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return ALL;
        }
        return ALL.stream()
                .filter(c -> c.code().contains(q) || c.description().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparing((Choice c) -> !c.code().startsWith(q)))
                .toList();
    }

    private static Choice choice(String code) {
        RegionMetadata metadata = Region.of(code).metadata();
        String description = metadata == null || metadata.description() == null ? "" : metadata.description();
        return new Choice(code, description);
    }
}
