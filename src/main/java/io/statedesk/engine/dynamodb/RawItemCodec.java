package io.statedesk.engine.dynamodb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.RawAttribute;
import io.statedesk.engine.model.RawItem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item exactly as DynamoDB returned it, for display: types kept, nothing decoded the Dapr way. */
final class RawItemCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private RawItemCodec() {
    }

    static RawItem of(Map<String, AttributeValue> item, StoreConfig config) {
        List<String> names = new ArrayList<>(item.keySet());
        List<String> first = new ArrayList<>(List.of(config.partitionKey(), ItemCodec.VALUE, ItemCodec.ETAG));
        config.ttlAttribute().ifPresent(first::add);
        names.sort(Comparator.comparingInt((String name) -> first.contains(name) ? first.indexOf(name) : first.size())
                .thenComparing(Comparator.naturalOrder()));
        List<RawAttribute> attributes = new ArrayList<>(names.size());
        for (String name : names) {
            AttributeValue value = item.get(name);
            attributes.add(new RawAttribute(name, typeOf(value), text(value)));
        }
        return new RawItem(attributes, json(names, item));
    }

    static String typeOf(AttributeValue value) {
        return switch (value.type()) {
            case S -> "S";
            case N -> "N";
            case B -> "B";
            case BOOL -> "BOOL";
            case NUL -> "NULL";
            case M -> "M";
            case L -> "L";
            case SS -> "SS";
            case NS -> "NS";
            case BS -> "BS";
            case UNKNOWN_TO_SDK_VERSION -> "?";
        };
    }

    private static String text(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case BOOL -> Boolean.toString(value.bool());
            case NUL -> "null";
            default -> write(generator -> writeInner(generator, value), false);
        };
    }

    private static String json(List<String> names, Map<String, AttributeValue> item) {
        return write(generator -> {
            generator.writeStartObject();
            for (String name : names) {
                generator.writeFieldName(name);
                writeValue(generator, item.get(name));
            }
            generator.writeEndObject();
        }, true);
    }

    /** {"S":"text"}, {"N":"1"}, {"M":{...}}: one attribute value in DynamoDB JSON. */
    private static void writeValue(JsonGenerator generator, AttributeValue value) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(typeOf(value));
        switch (value.type()) {
            case S -> generator.writeString(value.s());
            case N -> generator.writeString(value.n());
            case B -> generator.writeString(Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> generator.writeBoolean(value.bool());
            case NUL -> generator.writeBoolean(true);
            default -> writeInner(generator, value);
        }
        generator.writeEndObject();
    }

    /** The inside of a set, list or map: what follows its type descriptor. */
    private static void writeInner(JsonGenerator generator, AttributeValue value) throws IOException {
        switch (value.type()) {
            case SS -> writeStrings(generator, value.ss());
            case NS -> writeStrings(generator, value.ns());
            case BS -> {
                generator.writeStartArray();
                for (var bytes : value.bs()) {
                    generator.writeString(Base64.getEncoder().encodeToString(bytes.asByteArray()));
                }
                generator.writeEndArray();
            }
            case L -> {
                generator.writeStartArray();
                for (AttributeValue element : value.l()) {
                    writeValue(generator, element);
                }
                generator.writeEndArray();
            }
            case M -> {
                generator.writeStartObject();
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    generator.writeFieldName(entry.getKey());
                    writeValue(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            default -> generator.writeString(String.valueOf(value));
        }
    }

    private static void writeStrings(JsonGenerator generator, List<String> values) throws IOException {
        generator.writeStartArray();
        for (String text : values) {
            generator.writeString(text);
        }
        generator.writeEndArray();
    }

    @FunctionalInterface
    private interface JsonWriting {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String write(JsonWriting writing, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
