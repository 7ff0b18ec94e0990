package io.statedesk.engine.dynamodb;

import io.statedesk.sandbox.LocalCredentials;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client for the test server that remembers every request the engine sent, to check their exact shape. */
final class RecordingClient implements ExecutionInterceptor, AutoCloseable {

    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client;

    RecordingClient(java.net.URI endpoint) {
        this.client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalCredentials.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalCredentials.ACCESS_KEY, LocalCredentials.SECRET_KEY)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(this))
                .build();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        requests.add(context.request());
    }

    DynamoDbClient client() {
        return client;
    }

    <T extends SdkRequest> List<T> sent(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends SdkRequest> T last(Class<T> type) {
        List<T> all = sent(type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " was sent");
        }
        return all.get(all.size() - 1);
    }

    void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        client.close();
    }
}
