package io.statedesk.engine.dynamodb;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What the SDK's attempts of one call tell about whether a write may have been applied. The SDK retries on its own
 * and keeps each earlier attempt's failure as a suppressed exception ("Request attempt N failure"), so the final
 * exception carries the whole story.
 *
 * <p>An attempt certainly did not reach DynamoDB when the connection could not be made (refused, unknown host, no
 * route, connect timeout, no connection from the pool) or credentials were missing; it certainly was not applied
 * when DynamoDB answered with a 4xx error (a refusal). Anything else, a reset or closed connection after sending, a
 * read or attempt timeout, a 5xx answer, may have been applied.
 */
final class Attempts {

    private Attempts() {
    }

    /** How many times the SDK sent (or tried to send) the request. */
    static int count(SdkException e) {
        Integer counted = e.numAttempts();
        int fromSuppressed = 1 + earlier(e).size();
        return counted == null ? fromSuppressed : Math.max(counted, fromSuppressed);
    }

    /** True when some attempt before the final one may have been applied. */
    static boolean earlierMayHaveApplied(SdkException e) {
        return earlier(e).stream().anyMatch(Attempts::mayHaveApplied);
    }

    /** True when any attempt, the final one included, may have been applied. */
    static boolean anyMayHaveApplied(SdkException e) {
        return mayHaveApplied(e) || earlierMayHaveApplied(e);
    }

    /** Whether the failure of this one attempt leaves open that DynamoDB applied the request. */
    static boolean mayHaveApplied(Throwable failure) {
        if (failure instanceof AwsServiceException service) {
            return service.statusCode() >= 500;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return false;
            }
            String name = cause.getClass().getSimpleName();
            // Apache's client: ConnectTimeoutException (connect phase), ConnectionPoolTimeoutException (no
            // connection was free): in both the request was never written to a socket.
            if (name.equals("ConnectTimeoutException") || name.equals("ConnectionPoolTimeoutException")) {
                return false;
            }
        }
        return mayHaveApplied(String.valueOf(failure.getMessage()));
    }

    /**
     * The same judgement from an attempt's message alone: the SDK keeps earlier attempts only as text, such as
     * {@code Request attempt 1 failure: Unable to execute HTTP request: Connection reset}.
     */
    static boolean mayHaveApplied(String message) {
        Matcher status = STATUS.matcher(message);
        if (status.find()) {
            return Integer.parseInt(status.group(1)) >= 500;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return NOT_SENT.stream().noneMatch(text::contains);
    }

    private static final Pattern STATUS = Pattern.compile("Status Code: (\\d{3})");
    /** Failures that happen before a request is written: connecting, naming the host, signing. */
    private static final List<String> NOT_SENT = List.of("connection refused", "connect timed out",
            "unknownhostexception", "name or service not known", "nodename nor servname", "no route to host",
            "timeout waiting for connection from pool", "unable to load credentials", "connection pool shut down");

    private static List<String> earlier(SdkException e) {
        List<String> attempts = new ArrayList<>();
        for (Throwable suppressed : e.getSuppressed()) {
            String text = String.valueOf(suppressed.getMessage());
            if (text.startsWith("Request attempt")) {
                attempts.add(text);
            }
        }
        return attempts;
    }
}
