package io.statedesk.component.model;

import java.util.Optional;

/**
 * The value of each metadata item as the component would receive it. Unresolved, only literal values are known;
 * once secrets are resolved (see {@code component.secrets.SecretResolver}) references have values too.
 */
@FunctionalInterface
public interface MetadataValues {

    /** The value for this item, or empty when it has none (or its reference could not be resolved). */
    Optional<Secret> valueOf(MetadataItem item);

    /** Literal values only: secret and environment references count as missing. */
    static MetadataValues literal() {
        return item -> item.value() == null ? Optional.empty() : Optional.of(Secret.of(item.value()));
    }
}
