package io.statedesk.engine.dynamodb;

import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.ItemTooLargeException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns AWS SDK exceptions into the engine's sealed exceptions. Messages name the table, the key and the operation
 * and say what to do; they carry DynamoDB's own error text but never credentials or values.
 */
final class Failures {

    enum Kind { TABLE_NOT_FOUND, ACCESS_DENIED, THROTTLED, UNAVAILABLE, ITEM_TOO_LARGE, INVALID }

    private static final Set<String> ACCESS_CODES = Set.of("AccessDeniedException", "UnrecognizedClientException",
            "ExpiredTokenException", "ExpiredToken", "InvalidSignatureException", "MissingAuthenticationToken",
            "MissingAuthenticationTokenException", "IncompleteSignature", "IncompleteSignatureException",
            "InvalidClientTokenId", "SignatureDoesNotMatch", "AuthFailure", "RequestExpired");
    private static final Set<String> THROTTLE_CODES = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "Throttling", "RequestLimitExceeded", "TooManyRequestsException");

    private final String table;

    Failures(String table) {
        this.table = table;
    }

    static Kind classify(SdkException e) {
        if (e instanceof ResourceNotFoundException) {
            return Kind.TABLE_NOT_FOUND;
        }
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : nullToEmpty(service.awsErrorDetails().errorCode());
            if (ACCESS_CODES.contains(code) || service.statusCode() == 403) {
                return Kind.ACCESS_DENIED;
            }
            if (THROTTLE_CODES.contains(code) || service.isThrottlingException()) {
                return Kind.THROTTLED;
            }
            if (code.equals("ValidationException") && isAboutItemSize(service)) {
                return Kind.ITEM_TOO_LARGE;
            }
            if (service.statusCode() >= 500) {
                return Kind.UNAVAILABLE;
            }
            return Kind.INVALID;
        }
        if (e instanceof SdkClientException && isMissingCredentials(e)) {
            return Kind.ACCESS_DENIED;
        }
        // Connection refused, DNS failures, timeouts, resets, interrupted calls: DynamoDB was not reached.
        return Kind.UNAVAILABLE;
    }

    /** The mapped exception with a message that says what failed and what to do. */
    StateStoreException map(SdkException e, String operation, String key) {
        return map(e, operation, key, "");
    }

    /**
     * The mapped exception of a write that certainly was not applied (refused, never sent, or proven by a read): the
     * message says so, since the user decides on it whether to repeat the write.
     */
    StateStoreException mapNotApplied(SdkException e, String operation, String key) {
        return map(e, operation, key, "; nothing was " + (operation.startsWith("Delete") ? "deleted" : "written"));
    }

    private StateStoreException map(SdkException e, String operation, String key, String outcome) {
        Kind kind = classify(e);
        String subject = key == null ? "table '" + table + "'" : "key '" + key + "' in table '" + table + "'";
        String detail = detail(e);
        detail = detail.contains("Attempt Count") ? detail : detail + attempts(e);
        String message = switch (kind) {
            case TABLE_NOT_FOUND -> operation + " failed: table '" + table + "' was not found (" + detail + ")"
                    + outcome + ": check the component's table name, region and endpoint";
            case ACCESS_DENIED -> operation + " on " + subject + " was denied (" + detail + ")" + outcome
                    + ": check the AWS credentials (profile, keys, session token) and that they allow dynamodb:"
                    + operation;
            case THROTTLED -> operation + " on " + subject + " was throttled after the SDK's retries (" + detail
                    + ")" + outcome + ": wait and retry, or raise the table's capacity";
            case UNAVAILABLE -> operation + " on " + subject + " " + unavailableVerb(e) + " (" + detail + ")"
                    + outcome + ": " + unavailableAdvice(e);
            case ITEM_TOO_LARGE -> operation + " on " + subject + " was refused: the item exceeds DynamoDB's 400 KB"
                    + " item limit (" + detail + ")" + outcome + ": store a smaller value under this key";
            case INVALID -> operation + " on " + subject + " was refused by DynamoDB (" + detail + ")" + outcome
                    + ": correct the request";
        };
        return create(kind, key, message, e);
    }

    /** A server error or a timeout is not "could not reach": the request did arrive (or may have). */
    private static String unavailableVerb(SdkException e) {
        if (e instanceof AwsServiceException service && service.statusCode() >= 500) {
            return "failed with a server error from DynamoDB";
        }
        if (isTimeout(e)) {
            return "got no answer in time";
        }
        return Attempts.mayHaveApplied(e) ? "lost its connection to DynamoDB" : "could not reach DynamoDB";
    }

    private static String unavailableAdvice(SdkException e) {
        if (e instanceof AwsServiceException service && service.statusCode() >= 500) {
            return "DynamoDB had a temporary problem: retry in a moment";
        }
        return "check the endpoint, the network and any proxy, then retry";
    }

    private static boolean isTimeout(SdkException e) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** ", after 3 attempts" when the SDK retried: the reader learns that retrying at once is unlikely to help. */
    static String attempts(SdkException e) {
        int count = Attempts.count(e);
        return count > 1 ? ", after " + count + " attempts" : "";
    }

    static StateStoreException create(Kind kind, String key, String message, Throwable cause) {
        return switch (kind) {
            case TABLE_NOT_FOUND -> new TableNotFoundException(key, message, cause);
            case ACCESS_DENIED -> new AccessDeniedException(key, message, cause);
            case THROTTLED -> new ThrottledException(key, message, cause);
            case UNAVAILABLE -> new UnavailableException(key, message, cause);
            case ITEM_TOO_LARGE -> new ItemTooLargeException(key, message, cause);
            case INVALID -> new InvalidRequestException(key, message, cause);
        };
    }

    /** DynamoDB's own words: its error message and code, or the client-side cause; never the request. */
    static String detail(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = nullToEmpty(service.awsErrorDetails().errorCode());
            String text = nullToEmpty(service.awsErrorDetails().errorMessage());
            return code.isEmpty() ? text : text.isEmpty() ? code : text + " [" + code + "]";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return "timed out: " + e.getMessage();
        }
        String rootText = root == e ? "" : describe(root);
        return rootText.isEmpty() ? nullToEmpty(e.getMessage()) : rootText;
    }

    private static String describe(Throwable root) {
        String name;
        if (root instanceof ConnectException) {
            name = "connection refused";
        } else if (root instanceof UnknownHostException) {
            name = "unknown host";
        } else if (root instanceof SocketTimeoutException || root instanceof InterruptedIOException) {
            name = "timed out";
        } else if (root instanceof NoRouteToHostException) {
            name = "no route to host";
        } else if (root instanceof SocketException) {
            name = "connection failed";
        } else {
            name = root.getClass().getSimpleName();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private static boolean isAboutItemSize(AwsServiceException e) {
        String text = nullToEmpty(e.awsErrorDetails().errorMessage()).toLowerCase(Locale.ROOT);
        return text.contains("item size") || text.contains("maximum allowed size")
                || text.contains("size has exceeded");
    }

    private static boolean isMissingCredentials(SdkException e) {
        String text = nullToEmpty(e.getMessage()).toLowerCase(Locale.ROOT);
        return text.contains("unable to load credentials") || text.contains("credentials must not be null")
                || text.contains("access key") || text.contains("credential");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
