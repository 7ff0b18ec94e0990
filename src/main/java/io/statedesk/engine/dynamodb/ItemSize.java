package io.statedesk.engine.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB counts it against its 400 KB limit: for each attribute the UTF-8 length of its name
 * plus its value: S its UTF-8 length, B its length, N about one byte per two significant digits plus one, BOOL and
 * NULL one byte, M and L three bytes plus one byte per element plus the elements, sets the sum of their elements.
 */
final class ItemSize {

    static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    static int of(Map<String, AttributeValue> item) {
        return of(item, null, 0);
    }

    /** The same, with the value size of one attribute already known (its UTF-8 bytes are at hand when reading). */
    static int of(Map<String, AttributeValue> item, String knownAttribute, long knownValueSize) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            String name = entry.getKey();
            total += utf8Length(name) + (name.equals(knownAttribute) ? knownValueSize : valueSize(entry.getValue()));
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    static long valueSize(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8Length(value.s());
            case B -> value.b().asByteArrayUnsafe().length;
            case N -> numberSize(value.n());
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8Length).sum();
            case NS -> value.ns().stream().mapToLong(ItemSize::numberSize).sum();
            case BS -> value.bs().stream().map(SdkBytes::asByteArrayUnsafe).mapToLong(b -> b.length).sum();
            case L -> containerSize(value.l());
            case M -> mapSize(value.m());
            default -> 0;
        };
    }

    private static long containerSize(List<AttributeValue> values) {
        long total = 3;
        for (AttributeValue element : values) {
            total += 1 + valueSize(element);
        }
        return total;
    }

    private static long mapSize(Map<String, AttributeValue> values) {
        long total = 3;
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            total += 1 + utf8Length(entry.getKey()) + valueSize(entry.getValue());
        }
        return total;
    }

    /** DynamoDB: leading and trailing zeros trimmed, one byte per two significant digits, plus one byte. */
    static long numberSize(String number) {
        String mantissa = number;
        int exponent = Math.max(mantissa.indexOf('e'), mantissa.indexOf('E'));
        if (exponent >= 0) {
            mantissa = mantissa.substring(0, exponent);
        }
        StringBuilder digits = new StringBuilder(mantissa.length());
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        int start = 0;
        int end = digits.length();
        while (start < end && digits.charAt(start) == '0') {
            start++;
        }
        while (end > start && digits.charAt(end - 1) == '0') {
            end--;
        }
        int significant = Math.max(1, end - start);
        return (significant + 1) / 2 + 1;
    }

    /** UTF-8 length without encoding: browsing sizes every item of a table. */
    static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
