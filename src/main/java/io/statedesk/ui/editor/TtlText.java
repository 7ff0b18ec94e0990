package io.statedesk.ui.editor;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TTL as people type and read it: a duration ("90s", "15m", "2h", "7d", "1d 12h") or a point in time
 * ("2026-12-24", "2026-12-24 18:00", or ISO with an offset), and shown back as time left and local time. A bare
 * number is seconds, as Dapr's {@code ttlInSeconds}.
 */
public final class TtlText {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(min|sec|w|d|h|m|s)?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter[] LOCAL_TIMES = {
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]", Locale.ROOT)};

    private TtlText() {
    }

    /**
     * Seconds from {@code now} until the typed TTL, or empty for a blank field (no TTL).
     *
     * @throws IllegalArgumentException with what was not understood and what is accepted, or when it lies in the past
     */
    public static OptionalLong secondsFromNow(String typed, Instant now, ZoneId zone) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long seconds = text.matches("\\d{4}-\\d{2}-\\d{2}.*") ? untilDate(text, now, zone) : duration(text);
        if (seconds <= 0) {
            throw new IllegalArgumentException("The TTL \"" + text + "\" lies in the past: Dapr would treat the key"
                    + " as expired at once. Give a later time, or clear the field for no TTL.");
        }
        return OptionalLong.of(seconds);
    }

    private static long duration(String text) {
        Matcher part = PART.matcher(text);
        long total = 0;
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            if (!part.find(at) || part.start() != at) {
                throw notUnderstood(text);
            }
            long amount;
            try {
                amount = Long.parseLong(part.group(1));
            } catch (NumberFormatException tooLong) {
                throw notUnderstood(text);
            }
            String unit = part.group(2) == null ? "s" : part.group(2).toLowerCase(Locale.ROOT);
            long factor = switch (unit) {
                case "w" -> 604_800;
                case "d" -> 86_400;
                case "h" -> 3_600;
                case "m", "min" -> 60;
                default -> 1;
            };
            try {
                total = Math.addExact(total, Math.multiplyExact(amount, factor));
            } catch (ArithmeticException overflow) {
                throw notUnderstood(text);
            }
            at = part.end();
        }
        return total;
    }

    private static long untilDate(String text, Instant now, ZoneId zone) {
        Instant at;
        try {
            at = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeException notWithOffset) {
            at = localTime(text, zone);
        }
        return at.getEpochSecond() - now.getEpochSecond();
    }

    private static Instant localTime(String text, ZoneId zone) {
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeException next) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw notUnderstood(text);
        }
    }

    private static IllegalArgumentException notUnderstood(String text) {
        return new IllegalArgumentException("The TTL \"" + text + "\" is not understood. Type a duration such as 90s,"
                + " 15m, 2h, 7d or 1d 12h, or a date such as 2026-12-24 or 2026-12-24 18:00 (local time).");
    }

    /** Time left as the field shows it: the two largest units, e.g. "6d 23h", "2h 5m", "45s". */
    public static String left(long seconds) {
        if (seconds <= 0) {
            return "";
        }
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        StringBuilder out = new StringBuilder();
        int shown = 0;
        long rest = seconds;
        for (int i = 0; i < sizes.length && shown < 2; i++) {
            long amount = rest / sizes[i];
            rest %= sizes[i];
            if (amount > 0 || shown > 0) {
                if (amount > 0) {
                    out.append(out.length() == 0 ? "" : " ").append(amount).append(units[i]);
                }
                shown++;
            }
        }
        return out.toString();
    }

    /** "2026-12-24 18:00:00 Europe/Berlin": the local time of an expiry. */
    public static String localTime(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone)) + " " + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
    }

    /** "in 6d 23h" or "expired 3h ago", from now. */
    public static String relative(Instant at, Instant now) {
        long seconds = Duration.between(now, at).getSeconds();
        return seconds > 0 ? "in " + left(seconds) : "expired " + left(-seconds) + " ago";
    }
}
