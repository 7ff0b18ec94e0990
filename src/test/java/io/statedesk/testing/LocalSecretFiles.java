package io.statedesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A local-file secret store named {@code localsecrets} in a components folder, as daprd's quickstarts set it up. */
public final class LocalSecretFiles {

    public static final String STORE_NAME = "localsecrets";

    private LocalSecretFiles() {
    }

    /** Writes {@code secrets.json} with the given JSON and {@code secretstore.yaml} that reads it, into {@code dir}. */
    public static void write(Path dir, String secretsJson) throws IOException {
        Files.writeString(dir.resolve("secrets.json"), secretsJson);
        Files.writeString(dir.resolve("secretstore.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: localsecrets
                spec:
                  type: secretstores.local.file
                  version: v1
                  metadata:
                  - name: secretsFile
                    value: secrets.json
                """);
    }

    /**
     * A state store whose credentials all come from the local secret store (keys {@code id}, {@code key},
     * {@code token}) and whose endpoint comes from the environment variable {@code DDB_ENDPOINT}: every value a
     * leak test must never see printed or logged.
     */
    public static void writeStoreWithSecretCredentials(Path dir, String table, String accessKey, String secretKey,
            String sessionToken) throws IOException {
        write(dir, "{\"id\":\"" + accessKey + "\",\"key\":\"" + secretKey + "\",\"token\":\"" + sessionToken
                + "\"}");
        Files.writeString(dir.resolve("statestore.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: "%s"
                  - name: endpoint
                    envRef: DDB_ENDPOINT
                  - name: region
                    value: us-east-1
                  - name: accessKey
                    secretKeyRef:
                      name: id
                  - name: secretKey
                    secretKeyRef:
                      name: key
                  - name: sessionToken
                    secretKeyRef:
                      name: token
                auth:
                  secretStore: localsecrets
                """.formatted(table));
    }
}
