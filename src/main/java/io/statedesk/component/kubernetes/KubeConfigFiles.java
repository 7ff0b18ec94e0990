package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's kubeconfig as kubectl finds it: the files of {@code KUBECONFIG} (separated like PATH), else
 * {@code ~/.kube/config}. Contexts merge as kubectl merges them: the first file that defines a name wins, and the
 * first {@code current-context} counts. Environment and home come in as parameters, so tests never read the user's.
 */
public final class KubeConfigFiles {

    /** A desktop tool should fail in seconds on a dead cluster, not after the client's default retries. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final List<Path> files;
    private final Map<String, Path> contextFiles;
    private final List<KubeContext> contexts;

    private KubeConfigFiles(List<Path> files, Map<String, Path> contextFiles, List<KubeContext> contexts) {
        this.files = List.copyOf(files);
        this.contextFiles = Map.copyOf(contextFiles);
        this.contexts = List.copyOf(contexts);
    }

    public static KubeConfigFiles load(Map<String, String> environment, Path home) throws ClusterException {
        List<Path> paths = paths(environment, home);
        Map<String, Path> contextFiles = new LinkedHashMap<>();
        Map<String, NamedContext> named = new LinkedHashMap<>();
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<String, AuthInfo> users = new LinkedHashMap<>();
        String current = null;
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                continue;
            }
            io.fabric8.kubernetes.api.model.Config parsed;
            try {
                parsed = KubeConfigUtils.parseConfig(path.toFile());
            } catch (RuntimeException e) {
                throw new ClusterException(ClusterException.Kind.KUBECONFIG, "The kubeconfig file " + path
                        + " could not be read: " + e.getMessage(), "Fix the file (kubectl config view checks it).", e);
            }
            if (current == null && parsed.getCurrentContext() != null && !parsed.getCurrentContext().isEmpty()) {
                current = parsed.getCurrentContext();
            }
            for (NamedContext c : nullSafe(parsed.getContexts())) {
                if (c.getName() != null && !named.containsKey(c.getName())) {
                    named.put(c.getName(), c);
                    contextFiles.put(c.getName(), path);
                }
            }
            for (NamedCluster c : nullSafe(parsed.getClusters())) {
                clusters.putIfAbsent(c.getName(), c.getCluster());
            }
            for (NamedAuthInfo u : nullSafe(parsed.getUsers())) {
                users.putIfAbsent(u.getName(), u.getUser());
            }
        }
        List<KubeContext> contexts = new ArrayList<>();
        for (NamedContext c : named.values()) {
            io.fabric8.kubernetes.api.model.Context ctx = c.getContext();
            String clusterName = ctx == null || ctx.getCluster() == null ? "" : ctx.getCluster();
            String userName = ctx == null || ctx.getUser() == null ? "" : ctx.getUser();
            String namespace = ctx == null || ctx.getNamespace() == null || ctx.getNamespace().isEmpty() ? "default"
                    : ctx.getNamespace();
            Cluster cluster = clusters.get(clusterName);
            AuthInfo user = users.get(userName);
            String exec = user == null || user.getExec() == null || user.getExec().getCommand() == null ? ""
                    : user.getExec().getCommand();
            contexts.add(new KubeContext(c.getName(), clusterName, userName, namespace,
                    cluster == null || cluster.getServer() == null ? "" : cluster.getServer(), exec,
                    c.getName().equals(current)));
        }
        return new KubeConfigFiles(paths, contextFiles, contexts);
    }

    public static KubeConfigFiles loadDefault() throws ClusterException {
        return load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static List<Path> paths(Map<String, String> environment, Path home) {
        String list = environment.get("KUBECONFIG");
        if (list == null || list.isBlank()) {
            return List.of(home.resolve(".kube").resolve("config"));
        }
        return Arrays.stream(list.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    /** The files read (or looked for), for messages. */
    public List<Path> files() {
        return files;
    }

    public List<KubeContext> contexts() {
        return contexts;
    }

    public Optional<KubeContext> context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The current context, else the only one; empty when that does not pick one. */
    public Optional<KubeContext> currentContext() {
        Optional<KubeContext> current = contexts.stream().filter(KubeContext::current).findFirst();
        return current.isPresent() || contexts.size() != 1 ? current : Optional.of(contexts.get(0));
    }

    /**
     * The client configuration of a context, exec plugins included (the client runs them, as kubectl does, when it
     * needs a token), with short timeouts and no retries.
     */
    public Config clientConfig(String contextName) throws ClusterException {
        Path file = contextFiles.get(contextName);
        if (file == null) {
            throw new ClusterException(ClusterException.Kind.KUBECONFIG, "There is no context `" + contextName
                    + "` in " + files + ".", "Pick one of: " + String.join(", ", contextFiles.keySet()) + ".", null);
        }
        try {
            Config config = Config.fromKubeconfig(contextName, file.toFile());
            return new ConfigBuilder(config)
                    .withConnectionTimeout((int) CONNECT_TIMEOUT.toMillis())
                    .withRequestTimeout((int) REQUEST_TIMEOUT.toMillis())
                    .withRequestRetryBackoffLimit(0)
                    .build();
        } catch (RuntimeException e) {
            String exec = context(contextName).map(KubeContext::execCommand).orElse("");
            throw new ClusterException(ClusterException.Kind.KUBECONFIG, "Context `" + contextName + "` of " + file
                    + " could not be used" + (exec.isEmpty() ? "" : " (its credential plugin `" + exec + "` failed)")
                    + ": " + e.getMessage(), exec.isEmpty() ? "Check it with kubectl --context " + contextName + "."
                    : "Check that `" + exec + "` is installed and signed in, e.g. with kubectl --context "
                    + contextName + " get ns.", e);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
