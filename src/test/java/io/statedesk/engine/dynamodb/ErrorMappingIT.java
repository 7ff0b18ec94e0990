package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Failures come back as the engine's sealed exceptions, with messages that name the table and key. */
@WithTestDatabase
class ErrorMappingIT {

    private static DynamoDbClient client(URI endpoint, String accessKey) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalCredentials.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
                // DynamoDB's default is 9 attempts with backoff (about 3 s to give up on a refused connection).
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5))
                        .retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Test
    void unreachableEndpoint_isUnavailable_namingTheTableAndKey() {
        try (DynamoDbClient nowhere = client(URI.create("http://127.0.0.1:9"), "a")) {
            StateStore store = EngineFixture.store(nowhere, StoreConfig.of("dapr-state"));

            assertThatThrownBy(() -> store.get("app||k", Consistency.EVENTUAL))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("dapr-state").hasMessageContaining("app||k")
                    .hasMessageContaining("connection refused").hasMessageContaining("endpoint");
            assertThatThrownBy(store::probe).isInstanceOf(UnavailableException.class)
                    .hasMessageStartingWith("error validating DynamoDB table 'dapr-state' access: ");
        }
    }

    @Test
    void missingTable_isTableNotFound_forReadsWritesAndTransactions(TestDatabase db) {
        StateStore store = EngineFixture.store(db.client(), StoreConfig.of("no-such-table"));

        assertThatThrownBy(() -> store.get("app||k", Consistency.STRONG)).isInstanceOf(TableNotFoundException.class)
                .hasMessageContaining("no-such-table").hasMessageContaining("table name, region and endpoint");
        assertThatThrownBy(() -> store.set(setS("app||k", "1"))).isInstanceOf(TableNotFoundException.class);
        assertThatThrownBy(() -> store.delete(DeleteRequest.unconditional("app||k")))
                .isInstanceOf(TableNotFoundException.class);
        assertThatThrownBy(() -> store.transact(List.of(new Delete("app||k"))))
                .isInstanceOf(TableNotFoundException.class);
        assertThat(store.bulkGet(List.of("app||k"), Consistency.EVENTUAL).get(0).error())
                .containsInstanceOf(TableNotFoundException.class);
    }

    /**
     * DynamoDB's documented answers when it refuses the caller (HTTP 400 with these error types), played by a local
     * stand-in: emulators accept any key, so only the stand-in can refuse like AWS.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "com.amazon.coral.service#UnrecognizedClientException|The security token included in the request is invalid.",
            "com.amazon.coral.service#InvalidSignatureException|The request signature we calculated does not match the "
                    + "signature you provided.",
            "com.amazonaws.dynamodb.v20120810#AccessDeniedException|User: arn:aws:iam::123456789012:user/dev is not "
                    + "authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:123456789012:"
                    + "table/dapr-state"})
    void credentialsDynamoDbRefuses_areAccessDenied_withoutTheSecret(String answer) throws IOException {
        String[] parts = answer.split("\\|", 2);
        HttpServer refusing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        refusing.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"__type\":\"" + parts[0] + "\",\"message\":\"" + parts[1] + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        try (DynamoDbClient badKey = client(URI.create("http://127.0.0.1:" + refusing.getAddress().getPort()),
                "AKIAREFUSEDKEY")) {
            StateStore store = EngineFixture.store(badKey, StoreConfig.of("dapr-state"));

            assertThatThrownBy(() -> store.get("app||k", Consistency.EVENTUAL))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("credentials")
                    .hasMessageNotContaining("secret");
        } finally {
            refusing.stop(0);
        }
    }

    @Test
    void keyDynamoDbRefuses_isAnInvalidRequest_namingTheKey(DaprTables tables, TestDatabase db) {
        StateStore store = EngineFixture.store(db.client(), StoreConfig.of(tables.create()));

        assertThatThrownBy(() -> store.set(setS("", "1"))).isInstanceOf(InvalidRequestException.class);
        String tooLong = "app||" + "k".repeat(2100);
        assertThatThrownBy(() -> store.set(setS(tooLong, "1")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).key()).isEqualTo(tooLong));
    }
}
