package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.yaml.ComponentFileReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A {@code components.dapr.io} resource as component text, read by the same reader as a file, so validation,
 * secret resolution and {@link io.statedesk.component.PreparedStore} treat a cluster's component exactly like a
 * file's. Only what daprd receives is kept: apiVersion, kind, name, namespace, spec, auth and scopes (not status,
 * managed fields or annotations).
 */
final class ComponentResources {

    private static final List<String> KEPT = List.of("spec", "auth", "scopes");

    private ComponentResources() {
    }

    /** {@code kubernetes/<context>/<namespace>}: where messages say the components are. */
    static Path folder(String context, String namespace) {
        return Path.of("kubernetes", safe(context), safe(namespace));
    }

    static LoadedFile read(GenericKubernetesResource resource, Path folder) {
        String name = resource.getMetadata() == null ? "" : resource.getMetadata().getName();
        return ComponentFileReader.parseText(folder.resolve(safe(name) + ".yaml"), text(resource), false);
    }

    static String text(GenericKubernetesResource resource) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", resource.getApiVersion());
        doc.put("kind", resource.getKind());
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (resource.getMetadata() != null) {
            metadata.put("name", resource.getMetadata().getName());
            metadata.put("namespace", resource.getMetadata().getNamespace());
        }
        doc.put("metadata", metadata);
        Map<String, Object> rest = resource.getAdditionalProperties();
        for (String key : KEPT) {
            if (rest != null && rest.get(key) != null) {
                doc.put(key, rest.get(key));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(doc);
    }

    /** A name usable as a path segment on every OS (EKS context names are ARNs with ':' and '/'). */
    static String safe(String text) {
        String s = text == null || text.isEmpty() ? "_" : text.replaceAll("[^A-Za-z0-9._@-]", "_");
        return s.toLowerCase(Locale.ROOT).equals("..") || s.equals(".") ? "_" : s;
    }
}
