package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** Turns the client's exceptions into one sentence each, saying who was refused what, and where. */
final class ClusterFailures {

    private ClusterFailures() {
    }

    /**
     * @param context the kubeconfig context
     * @param server  the API server URL
     * @param action  what was tried, as a verb phrase: "list Dapr components in namespace `prod`"
     * @param rbac    the permission that would allow it: "get and list on components.dapr.io in namespace `prod`"
     */
    static ClusterException of(RuntimeException e, String context, String server, String action, String rbac) {
        int code = e instanceof KubernetesClientException k ? k.getCode() : 0;
        if (code == 403) {
            return new ClusterException(ClusterException.Kind.FORBIDDEN, "Your Kubernetes user (context `" + context
                    + "`) may not " + action + " (403 Forbidden).",
                    "Ask a cluster admin for " + rbac + ", or use a context whose user has it.", e);
        }
        if (code == 401) {
            return new ClusterException(ClusterException.Kind.UNAUTHORIZED, "The Kubernetes API server of context `"
                    + context + "` did not accept your credentials (401 Unauthorized) when asked to " + action + ".",
                    "Sign in again (for EKS: refresh the AWS sign-in its exec plugin uses) and retry.", e);
        }
        if (code == 404) {
            return new ClusterException(ClusterException.Kind.NOT_INSTALLED, "The cluster of context `" + context
                    + "` has no Dapr components resource (components.dapr.io), so StateDesk cannot " + action + ".",
                    "Install Dapr in the cluster, or pick the context of a cluster that runs it.", e);
        }
        String reason = unreachableReason(e);
        if (reason != null) {
            return new ClusterException(ClusterException.Kind.UNREACHABLE, "The Kubernetes API server of context `"
                    + context + "` (" + server + ") cannot be reached (" + reason + ").",
                    "Check the VPN or network, and that the cluster is running.", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return new ClusterException(ClusterException.Kind.OTHER, "Kubernetes (context `" + context
                + "`) could not " + action + ": " + detail + (code > 0 ? " (HTTP " + code + ")." : ""),
                "Check the context with kubectl, then retry.", e);
    }

    /** Why the server was not reached, when that is what happened; else null. */
    private static String unreachableReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "the connection timed out";
            }
            if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException) {
                return "no answer in time";
            }
            if (t instanceof SSLException) {
                return "TLS failed: " + t.getMessage();
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
