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
}
