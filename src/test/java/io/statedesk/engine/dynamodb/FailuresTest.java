package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.ItemTooLargeException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class FailuresTest {

    private static DynamoDbException service(String code, int status, String message) {
        return (DynamoDbException) DynamoDbException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(ResourceNotFoundException.builder().awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ResourceNotFoundException").errorMessage("Requested resource not found").build())
                        .statusCode(400).build(), TableNotFoundException.class),
                Arguments.of(service("AccessDeniedException", 400, "not authorized"), AccessDeniedException.class),
                Arguments.of(service("UnrecognizedClientException", 400, "bad token"), AccessDeniedException.class),
                Arguments.of(service("ExpiredTokenException", 400, "expired"), AccessDeniedException.class),
                Arguments.of(service("InvalidSignatureException", 400, "sig"), AccessDeniedException.class),
                Arguments.of(SdkClientException.create("Unable to load credentials from any of the providers"),
                        AccessDeniedException.class),
                Arguments.of(ProvisionedThroughputExceededException.builder().awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException").build()).statusCode(400).build(),
                        ThrottledException.class),
                Arguments.of(service("ThrottlingException", 400, "slow down"), ThrottledException.class),
                Arguments.of(RequestLimitExceededException.builder().awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("RequestLimitExceeded").build()).statusCode(400).build(),
                        ThrottledException.class),
                Arguments.of(SdkClientException.create("Unable to execute HTTP request",
                        new ConnectException("Connection refused")), UnavailableException.class),
                Arguments.of(SdkClientException.create("Unable to execute HTTP request",
                        new UnknownHostException("dynamodb.nowhere")), UnavailableException.class),
                Arguments.of(SdkClientException.create("Unable to execute HTTP request",
                        new SocketTimeoutException("Read timed out")), UnavailableException.class),
                Arguments.of(ApiCallTimeoutException.create(1000), UnavailableException.class),
                Arguments.of(service("InternalServerError", 500, "oops"), UnavailableException.class),
                Arguments.of(service("ValidationException", 400, "Item size has exceeded the maximum allowed size"),
                        ItemTooLargeException.class),
                Arguments.of(service("ValidationException", 400,
                        "One or more parameter values were invalid: Missing the key key in the item"),
                        InvalidRequestException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void map_choosesTheEngineException(SdkException aws, Class<? extends StateStoreException> expected) {
        StateStoreException mapped = new Failures("dapr-state").map(aws, "PutItem", "app||k");

        assertThat(mapped).isInstanceOf(expected).hasCause(aws);
        assertThat(mapped.key()).isEqualTo("app||k");
        assertThat(mapped.getMessage()).contains("dapr-state").contains(": ");
    }
}
