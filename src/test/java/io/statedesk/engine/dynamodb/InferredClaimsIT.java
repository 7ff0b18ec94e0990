package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Claims the spec marks [inferred] (read from the Go code, not observed), checked here against DynamoDB Local.
 *
 * <p>Spec 3 (Set): daprd hands a nil Go {@code []byte} (gRPC SaveState with an empty value) to the AWS SDK for Go,
 * which serializes it as {@code {"B":null}}; "DynamoDB rejects it (ValidationException)". The Java SDK cannot send
 * that wire form (and the engine never needs to: {@code SetRequest} always has bytes, an empty array is an empty B),
 * so this test sends the JSON the Go SDK sends, over plain HTTP. DynamoDB Local does not verify signatures, only that
 * the access key is letters and digits.
 *
 * <p>Found: DynamoDB Local refuses it with HTTP 400, ValidationException "Supplied AttributeValue is empty, must
 * contain exactly one of the supported datatypes", and stores nothing, as inferred. An empty (non-nil) slice, sent
 * as {@code {"B":""}}, is stored as an empty B.
 * The other [inferred] item (the plaintext daprd encrypts on HTTP and transaction paths) concerns daprd, not the
 * table: encrypted state is B bytes to the engine, covered by the {@code encrypted-state} interop vector.
 */
@WithTestDatabase
class InferredClaimsIT {

    @Test
    void nilBytesValue_asTheGoSdkSendsIt_isRejectedByDynamoDb(DaprTables tables, TestDatabase db) throws Exception {
        String table = tables.create();
        String body = "{\"TableName\":\"" + table + "\",\"Item\":{\"key\":{\"S\":\"app||nil\"},\"value\":{\"B\":null},"
                + "\"etag\":{\"S\":\"1\"}}}";

        HttpResponse<String> response = post(db.endpoint(), "PutItem", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ValidationException").contains("AttributeValue is empty");
        assertThat(EngineFixture.raw(db.client(), table, "app||nil")).isEmpty();
    }

    @Test
    void emptyBytesValue_asTheGoSdkSendsIt_isStoredAsAnEmptyB(DaprTables tables, TestDatabase db) throws Exception {
        String table = tables.create();
        String body = "{\"TableName\":\"" + table + "\",\"Item\":{\"key\":{\"S\":\"app||empty\"},\"value\":{\"B\":\"\"},"
                + "\"etag\":{\"S\":\"1\"}}}";

        HttpResponse<String> response = post(db.endpoint(), "PutItem", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(EngineFixture.raw(db.client(), table, "app||empty").get("value").b().asByteArray()).isEmpty();
    }

    private static HttpResponse<String> post(URI endpoint, String operation, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + LocalCredentials.ACCESS_KEY
                        + "/20260101/" + LocalCredentials.REGION + "/dynamodb/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
