package io.statedesk.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a {@code state.aws.dynamodb} component for a local endpoint, as a Dapr user writes it: what the
 * sandbox gives to daprd, and what tests open.
 */
public final class LocalComponentYaml {

    private LocalComponentYaml() {
    }

    /**
     * @param extraMetadata more metadata items, in order (e.g. ttlAttributeName, actorStateStore)
     */
    public static String render(String comment, String name, String table, URI endpoint,
            Map<String, String> extraMetadata) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("table", table);
        metadata.put("endpoint", endpoint.toString());
        metadata.put("region", LocalCredentials.REGION);
        metadata.put("accessKey", LocalCredentials.ACCESS_KEY);
        metadata.put("secretKey", LocalCredentials.SECRET_KEY);
        metadata.putAll(extraMetadata);
        StringBuilder yaml = new StringBuilder();
        comment.lines().forEach(line -> yaml.append("# ").append(line).append('\n'));
        yaml.append("""
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                """.formatted(name));
        metadata.forEach((key, value) -> yaml.append("  - name: ").append(key).append('\n')
                .append("    value: \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        return yaml.toString();
    }
}
