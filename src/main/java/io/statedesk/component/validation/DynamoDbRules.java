package io.statedesk.component.validation;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.EndpointKind;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Truthy;
import io.statedesk.component.model.ValueStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What {@code state.aws.dynamodb} and daprd do with its metadata (spec section 1), checked without any I/O. */
final class DynamoDbRules {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(uuid|podName|namespace|appID)}");

    private DynamoDbRules() {
    }

    static void check(Findings f) {
        ComponentManifest c = f.component();
        unknownFields(f, c);
        table(f, c);
        partitionKey(f, c);
        region(f, c);
        endpoint(f, c);
        credentials(f, c);
        roles(f, c);
        keyPrefix(f, c);
        attributes(f, c);
        actorStateStore(f, c);
        structures(f, c);
    }

    private static void unknownFields(Findings f, ComponentManifest c) {
        for (MetadataItem item : c.metadata()) {
            if (item.name().isEmpty() || DynamoDbFields.isKnown(item.name())) {
                continue;
            }
            if (item.name().equalsIgnoreCase(DynamoDbFields.TTL_IN_SECONDS)) {
                f.onName(item, Severity.WARNING, "`ttlInSeconds` is not a field of this component: the docs list a"
                                + " component-wide default TTL, but that change was never merged, so daprd ignores it.",
                        "Remove it; send `ttlInSeconds` as request metadata with each save instead.");
                continue;
            }
            f.onName(item, Severity.WARNING, "Unknown metadata field `" + item.name()
                            + "`: state.aws.dynamodb and daprd ignore it."
                            + Suggestions.didYouMean(item.name(), DynamoDbFields.SUGGESTABLE),
                    "Correct the name or remove the item.");
        }
    }

    private static void table(Findings f, ComponentManifest c) {
        List<MetadataItem> tables = c.itemsMatching(DynamoDbFields.TABLE);
        if (tables.isEmpty()) {
            f.at("spec.metadata", "spec.metadata.table", Severity.ERROR,
                    "The component has no `table`; daprd fails with \"missing dynamodb table name\".",
                    "Add an item `- name: table` with `value: <DynamoDB table name>`.");
            return;
        }
        MetadataItem t = last(tables);
        if (!t.hasValue()) {
            if (!t.hasSecretKeyRef() && !t.hasEnvRef()) {
                f.onName(t, Severity.ERROR, "`table` is empty; daprd fails with \"missing dynamodb table name\".",
                        "Give the DynamoDB table name as its value.");
            }
            return;
        }
        String v = t.value();
        if (PLACEHOLDER.matcher(v).find()) {
            f.onValue(t, Severity.WARNING, "The table name contains a placeholder that daprd replaces when it starts"
                            + " ({uuid}, {podName}, {namespace}, {appID}); StateDesk uses the text as written.",
                    "Open the real table by name, or write the name out.");
        } else if (!TABLE_NAME.matcher(v).matches()) {
            f.onValue(t, Severity.ERROR, "`" + v + "` is not a valid DynamoDB table name: 3 to 255 letters, digits,"
                    + " `_`, `-` or `.`.", "Use the table name exactly as the AWS console shows it.");
        }
    }

    private static void partitionKey(Findings f, ComponentManifest c) {
        Optional<MetadataItem> exact = c.item(DynamoDbFields.PARTITION_KEY);
        for (MetadataItem item : c.itemsMatching(DynamoDbFields.PARTITION_KEY)) {
            if (!item.name().equals(DynamoDbFields.PARTITION_KEY) && exact.isEmpty()) {
                f.onName(item, Severity.WARNING, "daprd reads `partitionKey` with this exact spelling; `" + item.name()
                                + "` is ignored and the table's key attribute stays `key`.",
                        "Write `partitionKey`.");
            }
        }
        exact.ifPresent(item -> {
            if (!item.hasValue() && !item.hasSecretKeyRef() && !item.hasEnvRef()) {
                f.onName(item, Severity.ERROR, "`partitionKey` is present but empty: the key attribute name becomes"
                        + " \"\" and every request fails.", "Give the table's hash key name, or remove the item.");
            }
        });
    }

    private static void region(Findings f, ComponentManifest c) {
        Optional<MetadataItem> region = lastMatching(c, DynamoDbFields.REGION);
        Optional<MetadataItem> alias = lastMatching(c, DynamoDbFields.AWS_REGION);
        alias.ifPresent(a -> {
            if (region.map(MetadataItem::hasValue).orElse(false)) {
                f.onName(a, Severity.WARNING, "`awsRegion` is ignored because `region` is also set (region wins).",
                        "Remove `awsRegion`.");
            } else {
                f.onName(a, Severity.WARNING, "`awsRegion` is deprecated (to be removed from Dapr).",
                        "Rename it to `region`.");
            }
        });
        boolean local = EndpointKind.of(endpointValue(c)) == EndpointKind.LOCAL;
        Optional<MetadataItem> effective = region.filter(MetadataItem::hasValue).or(() -> alias);
        effective.filter(MetadataItem::hasValue).ifPresent(r -> {
            if (!local && !AwsRegions.isKnown(r.value())) {
                f.onValue(r, Severity.WARNING, "`" + r.value() + "` is not an AWS region StateDesk knows."
                                + Suggestions.didYouMean(r.value().strip(), AwsRegions.ALL),
                        "Use a region code such as `eu-west-1` (ignore this if the region is newer than StateDesk).");
            }
        });
    }

    private static void endpoint(Findings f, ComponentManifest c) {
        lastMatching(c, DynamoDbFields.ENDPOINT).filter(MetadataItem::hasValue).ifPresent(e -> {
            String problem = endpointProblem(e.value().strip());
            if (problem != null) {
                f.onValue(e, Severity.ERROR, "The endpoint is not a usable URL: " + problem + ".",
                        "Write a full URL such as `http://localhost:8000`, or remove `endpoint` for AWS itself.");
            }
        });
    }

    static String endpointProblem(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "it must start with http:// or https://";
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return "it has no host name";
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                return "it must not have a query or fragment";
            }
            return null;
        } catch (URISyntaxException e) {
            return "it cannot be parsed (" + e.getReason() + ")";
        }
    }

    private static void credentials(Findings f, ComponentManifest c) {
        Optional<MetadataItem> access = lastMatching(c, DynamoDbFields.ACCESS_KEY).filter(DynamoDbRules::isSet);
        Optional<MetadataItem> secret = lastMatching(c, DynamoDbFields.SECRET_KEY).filter(DynamoDbRules::isSet);
        if (access.isPresent() != secret.isPresent()) {
            MetadataItem lone = access.orElseGet(secret::get);
            String missing = access.isPresent() ? "secretKey" : "accessKey";
            f.onName(lone, Severity.WARNING, "`" + lone.name() + "` is set without `" + missing + "`: daprd uses"
                            + " static keys only when both are set and silently falls back to the default AWS"
                            + " credential chain.",
                    "Add `" + missing + "`, or remove `" + lone.name() + "` to use the default chain on purpose.");
        }
        lastMatching(c, DynamoDbFields.SESSION_TOKEN).filter(DynamoDbRules::isSet).ifPresent(t -> {
            if (access.isEmpty() || secret.isEmpty()) {
                f.onName(t, Severity.WARNING, "`sessionToken` is used only together with accessKey and secretKey;"
                        + " here it is ignored.", "Add both keys, or remove the token.");
            }
        });
        if (EndpointKind.of(endpointValue(c)) != EndpointKind.LOCAL) {
            for (MetadataItem item : c.metadata()) {
                if (DynamoDbFields.CREDENTIALS.contains(item.foldedName()) && item.hasValue()) {
                    f.onValue(item, Severity.WARNING, "`" + item.name() + "` is written in the file as plain text.",
                            "Use a `secretKeyRef` to a secret store, or leave the keys out and use an AWS profile.");
                }
            }
        }
    }

    private static void roles(Findings f, ComponentManifest c) {
        Optional<MetadataItem> anchor = c.item(DynamoDbFields.TRUST_ANCHOR_ARN).filter(DynamoDbRules::isSet);
        Optional<MetadataItem> profile = c.item(DynamoDbFields.TRUST_PROFILE_ARN).filter(DynamoDbRules::isSet);
        Optional<MetadataItem> role = lastMatching(c, DynamoDbFields.ASSUME_ROLE_ARN).filter(DynamoDbRules::isSet);
        boolean exactRole = c.item(DynamoDbFields.ASSUME_ROLE_ARN).filter(DynamoDbRules::isSet).isPresent();
        if (anchor.isPresent() && profile.isPresent() && exactRole) {
            f.onName(anchor.get(), Severity.WARNING, "This component uses IAM Roles Anywhere. daprd signs in with its"
                            + " Dapr workload certificate (from Sentry), which StateDesk does not have.",
                    "Create an AWS profile with `credential_process` running AWS's `aws_signing_helper"
                            + " credential-process` with your certificate, and choose that profile in StateDesk.");
            return;
        }
        if (anchor.isPresent() || profile.isPresent()) {
            MetadataItem one = anchor.orElseGet(profile::get);
            f.onName(one, Severity.WARNING, "IAM Roles Anywhere needs trustAnchorArn, trustProfileArn and"
                            + " assumeRoleArn together (exact spelling); with only some of them daprd ignores all three.",
                    "Add the missing ones, or remove these items.");
        }
        role.ifPresent(r -> {
            if (anchor.isEmpty() || profile.isEmpty()) {
                f.onName(r, Severity.WARNING, "state.aws.dynamodb ignores `assumeRoleArn`: it does not assume roles"
                                + " (the docs list that only for Kafka and PostgreSQL).",
                        "Remove it, and give daprd a profile or environment credentials for the role instead.");
            }
        });
        lastMatching(c, DynamoDbFields.SESSION_NAME).ifPresent(s -> f.onName(s, Severity.WARNING,
                "state.aws.dynamodb ignores `sessionName`.", "Remove it."));
    }

    private static void keyPrefix(Findings f, ComponentManifest c) {
        lastMatching(c, DynamoDbFields.KEY_PREFIX)
                .filter(k -> !k.hasValue() && !k.hasSecretKeyRef() && !k.hasEnvRef())
                .ifPresent(k -> f.onValue(k, Severity.WARNING, "keyPrefix is empty: daprd reads that as an empty "
                        + "custom prefix and stores key `k` as `||k`, not under the app id, so no app finds the "
                        + "other's state. This is almost certainly a mistake.", "Remove the item for daprd's "
                        + "default (appid), or write appid, name, namespace, none or your own prefix."));
        lastMatching(c, DynamoDbFields.KEY_PREFIX).filter(MetadataItem::hasValue).ifPresent(k -> {
            if (k.value().contains("||")) {
                f.onValue(k, Severity.ERROR, "keyPrefix must not contain `||`, daprd's key separator; daprd fails to"
                        + " start the component.", "Remove the `||` from the prefix.");
            }
        });
    }

    private static void attributes(Findings f, ComponentManifest c) {
        String pk = c.item(DynamoDbFields.PARTITION_KEY).map(MetadataItem::value).orElse("key");
        lastMatching(c, DynamoDbFields.TTL_ATTRIBUTE_NAME).filter(MetadataItem::hasValue).ifPresent(t -> {
            String v = t.value();
            if (v.equals("value") || v.equals("etag") || v.equals(pk)) {
                f.onValue(t, Severity.ERROR, "The TTL attribute `" + v + "` collides with an attribute Dapr already"
                        + " writes (the key, `value` or `etag`).", "Use another name, e.g. `expiresAt`.");
            }
        });
        c.item(DynamoDbFields.PARTITION_KEY).filter(MetadataItem::hasValue).ifPresent(p -> {
            if (p.value().equals("value") || p.value().equals("etag")) {
                f.onValue(p, Severity.ERROR, "`" + p.value() + "` cannot be the partition key: Dapr writes its own"
                        + " attribute of that name.", "Use the table's real hash key name.");
            }
        });
    }

    private static void actorStateStore(Findings f, ComponentManifest c) {
        lastMatching(c, DynamoDbFields.ACTOR_STATE_STORE).filter(MetadataItem::hasValue).ifPresent(a -> {
            if (!Truthy.isRecognised(a.value())) {
                f.onValue(a, Severity.WARNING, "daprd reads `" + a.value() + "` as false: only y, yes, true, t, on"
                        + " and 1 turn actorStateStore on.", "Write `\"true\"` or `\"false\"`.");
            }
        });
        for (String key : List.of(DynamoDbFields.PRIMARY_ENCRYPTION_KEY, DynamoDbFields.SECONDARY_ENCRYPTION_KEY)) {
            c.item(key).filter(i -> !i.hasSecretKeyRef()).ifPresent(i -> f.onName(i, Severity.WARNING,
                    "daprd takes `" + key + "` only from a secretKeyRef; this one is ignored and state is not"
                            + " encrypted.", "Put the key in a secret store and reference it."));
        }
    }

    private static void structures(Findings f, ComponentManifest c) {
        for (MetadataItem item : c.metadata()) {
            if (item.style() == ValueStyle.STRUCTURE && DynamoDbFields.isKnown(item.name())) {
                f.onValue(item, Severity.ERROR, "`" + item.name() + "` needs a single text value, not a list or"
                        + " mapping.", "Write the value on one line.");
            }
        }
    }

    private static boolean isSet(MetadataItem item) {
        return item.hasValue() || item.hasSecretKeyRef() || item.hasEnvRef();
    }

    private static Optional<MetadataItem> lastMatching(ComponentManifest c, String field) {
        List<MetadataItem> items = c.itemsMatching(field);
        return items.isEmpty() ? Optional.empty() : Optional.of(last(items));
    }

    private static MetadataItem last(List<MetadataItem> items) {
        return items.get(items.size() - 1);
    }

    private static String endpointValue(ComponentManifest c) {
        return lastMatching(c, DynamoDbFields.ENDPOINT).map(MetadataItem::value).orElse(null);
    }
}
