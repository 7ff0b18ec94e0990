package io.statedesk.component.kubernetes;

/**
 * One context of the user's kubeconfig, as a chooser shows it.
 *
 * @param name        the context name ({@code kubectl config use-context NAME})
 * @param cluster     the cluster it points at
 * @param user        the user entry it signs in with
 * @param namespace   its namespace, or {@code default} when it names none
 * @param server      the API server URL, or "" when the cluster entry is missing
 * @param execCommand the credential plugin its user runs (EKS: {@code aws}), or "" when none
 * @param current     whether it is the kubeconfig's current context
 */
public record KubeContext(String name, String cluster, String user, String namespace, String server,
                          String execCommand, boolean current) {

    public boolean usesExecPlugin() {
        return !execCommand.isEmpty();
    }
}
