package io.statedesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A stop-gap reader of component files until the component layer is merged: plain metadata values only, YAML syntax
 * errors and the few shape errors the command line cannot work without. Replaced by the component layer.
 */
final class InterimComponentSource implements ComponentSource {

    private static final String DYNAMODB = "state.aws.dynamodb";

    @Override
    public List<DynamoDbComponent> dynamoDbComponents(Path fileOrFolder) {
        List<DynamoDbComponent> found = new ArrayList<>();
        for (Path file : files(fileOrFolder)) {
            for (Object document : documents(file)) {
                if (document instanceof Map<?, ?> map && isDynamoDb(map)) {
                    found.add(new DynamoDbComponent(file, text(child(map, "metadata"), "name"), metadata(map)));
                }
            }
        }
        return found;
    }

    @Override
    public List<Finding> validate(Path fileOrFolder) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files(fileOrFolder)) {
            try {
                for (Object document : documents(file)) {
                    if (document instanceof Map<?, ?> map && "Component".equals(map.get("kind"))) {
                        if (text(child(map, "metadata"), "name") == null) {
                            findings.add(new Finding(file, 1, 1, true, "metadata.name is missing"));
                        }
                        if (isDynamoDb(map) && !metadata(map).containsKey("table")) {
                            findings.add(new Finding(file, 1, 1, true, "missing dynamodb table name"));
                        }
                    }
                }
            } catch (CliException e) {
                findings.add(syntaxFinding(file, e));
            }
        }
        return findings;
    }

    private static Finding syntaxFinding(Path file, CliException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new Finding(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1,
                    true, "YAML syntax: " + marked.getProblem());
        }
        return new Finding(file, 1, 1, true, e.getMessage());
    }

    private static List<Path> files(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw CliException.failure("no component file or folder at " + fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> entries = Files.list(fileOrFolder)) {
            return entries.filter(p -> !Files.isDirectory(p)).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw CliException.failure("cannot list " + fileOrFolder + ": " + e.getMessage(), e);
        }
    }

    private static List<Object> documents(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Object> documents = new ArrayList<>();
            yaml.loadAll(reader).forEach(documents::add);
            return documents;
        } catch (YAMLException e) {
            throw CliException.failure(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDynamoDb(Map<?, ?> document) {
        String type = text(child(document, "spec"), "type");
        return "Component".equals(document.get("kind")) && type != null && type.equalsIgnoreCase(DYNAMODB);
    }

    private static Map<String, String> metadata(Map<?, ?> document) {
        Map<String, String> values = new LinkedHashMap<>();
        if (child(document, "spec").get("metadata") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> entry && entry.get("name") != null) {
                    Object value = entry.get("value");
                    values.put(entry.get("name").toString(), value == null ? "" : value.toString());
                }
            }
        }
        return values;
    }

    private static Map<?, ?> child(Map<?, ?> map, String name) {
        return map.get(name) instanceof Map<?, ?> child ? child : Map.of();
    }

    private static String text(Map<?, ?> map, String name) {
        Object value = map.get(name);
        return value == null ? null : value.toString();
    }
}
