package io.statedesk.component.form;

import io.statedesk.component.yaml.ItemValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Starting points for a new component; each is a form state the user then edits. */
public enum ComponentTemplate {
    LOCAL_DYNAMODB("Local DynamoDB", "DynamoDB Local on this machine (docker run -p 8000:8000 amazon/dynamodb-local).",
            List.of("Dapr state store on DynamoDB Local.",
                    "DynamoDB Local accepts any access key; these are not real credentials.")),
    LOCALSTACK("LocalStack", "DynamoDB in LocalStack (edge port 4566), with LocalStack's test credentials.",
            List.of("Dapr state store on LocalStack's DynamoDB.",
                    "LocalStack accepts the test credentials; these are not real credentials.")),
    AWS_PROFILE("AWS with a profile", "Real AWS. daprd uses the AWS SDK default chain: start it with"
            + " AWS_PROFILE=<profile>.",
            List.of("Dapr state store on AWS DynamoDB.",
                    "No keys here: daprd uses the AWS SDK default credential chain. Start daprd with",
                    "AWS_PROFILE=<profile> (and AWS_REGION, or a region in that profile).")),
    AWS_STATIC_KEYS("AWS with keys from a secret store", "Real AWS with an access key kept in a secret store of this"
            + " folder.",
            List.of("Dapr state store on AWS DynamoDB.",
                    "The access key comes from the secret store named in auth.secretStore; no secret is in this file."));

    public static final String DEFAULT_NAME = "statestore";
    public static final String DEFAULT_TABLE = "dapr-state";
    public static final String DEFAULT_TTL_ATTRIBUTE = "expiresAt";

    private final String label;
    private final String description;
    private final List<String> header;

    ComponentTemplate(String label, String description, List<String> header) {
        this.label = label;
        this.description = description;
        this.header = header;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Comment lines at the top of the new file. */
    public List<String> header() {
        return header;
    }

    /** The template's values; the name is made unique in the folder, the secret store is the folder's first. */
    public FormState state(FolderSnapshot folder) {
        Map<FormField, ItemValue> v = new EnumMap<>(FormField.class);
        v.put(FormField.TABLE, ItemValue.plain(DEFAULT_TABLE));
        v.put(FormField.TTL_ATTRIBUTE_NAME, ItemValue.plain(DEFAULT_TTL_ATTRIBUTE));
        String secretStore = "";
        switch (this) {
            case LOCAL_DYNAMODB -> local(v, "http://localhost:8000", "local");
            case LOCALSTACK -> local(v, "http://localhost:4566", "test");
            case AWS_PROFILE -> { }
            case AWS_STATIC_KEYS -> {
                v.put(FormField.REGION, ItemValue.plain("us-east-1"));
                v.put(FormField.ACCESS_KEY, new ItemValue.SecretRef("AWS_ACCESS_KEY_ID", ""));
                v.put(FormField.SECRET_KEY, new ItemValue.SecretRef("AWS_SECRET_ACCESS_KEY", ""));
                secretStore = folder.secretStoreNames().stream().findFirst().orElse("");
            }
        }
        return new FormState(uniqueName(folder), "", secretStore, List.of(), v, null);
    }

    private static void local(Map<FormField, ItemValue> v, String endpoint, String key) {
        v.put(FormField.ENDPOINT, ItemValue.plain(endpoint));
        v.put(FormField.REGION, ItemValue.plain("us-east-1"));
        v.put(FormField.ACCESS_KEY, ItemValue.plain(key));
        v.put(FormField.SECRET_KEY, ItemValue.plain(key));
    }

    private static String uniqueName(FolderSnapshot folder) {
        String name = DEFAULT_NAME;
        for (int i = 2; folder.set().component(name).isPresent(); i++) {
            name = DEFAULT_NAME + "-" + i;
        }
        return name;
    }

    @Override
    public String toString() {
        return label;
    }
}
