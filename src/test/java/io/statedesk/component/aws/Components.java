package io.statedesk.component.aws;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.yaml.ComponentFileReader;
import java.nio.file.Path;

/** Builds a DynamoDB component config from metadata lines, for credential and client tests. */
final class Components {

    private Components() {
    }

    static DynamoDbComponentConfig dynamo(String... nameValuePairs) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: orders
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: orders
                """);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            yaml.append("  - name: ").append(nameValuePairs[i]).append("\n    value: \"")
                    .append(nameValuePairs[i + 1]).append("\"\n");
        }
        ComponentManifest m = ComponentFileReader.parseText(Path.of("test.yaml"), yaml.toString(), false)
                .components().get(0);
        return DynamoDbComponentConfig.from(m);
    }
}
