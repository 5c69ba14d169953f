package io.newswatch.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings feeds use: W3C/ISO 8601 (with or without seconds, fraction, offset), RFC 822/1123
 * (day name optional and not checked, two-digit years, named or numeric zones), "May 3, 2018 ...", and Java's
 * {@code Date.toString()}. A date without a zone is read as UTC; an unknown zone name, an impossible date or a
 * year outside 1900..2200 gives {@code null}. Never falls back to "now".
 */
public final class FeedDates {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:\\s*([ap])\\.?m\\.?)?";
    private static final String ZONE = "(?:\\s*((?:[+-]\\d{1,2}(?::?\\d{2})?)|[a-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[a-z]+/[a-z_]+))?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:t|\\s+)" + TIME + ")?" + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[a-z]+,?\\s+)?(\\d{1,2})[\\s-]+" + MONTH + "[\\s-]+(\\d{2,4})(?:,?\\s+" + TIME + ")?" + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[a-z]+,?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?" + TIME + ")?" + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVA_DATE = Pattern.compile(
            "[a-z]+\\s+" + MONTH + "\\s+(\\d{1,2})\\s+" + TIME + ZONE + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("Z", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3),
            Map.entry("MSK", 3), Map.entry("JST", 9), Map.entry("KST", 9), Map.entry("AEST", 10), Map.entry("AEDT", 11));

    private FeedDates() {
    }

    /** The instant the text denotes, or {@code null} when it is absent or not understood. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m, 4, m.group(9));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return build(m.group(3), month(m.group(2)), m.group(1), m, 4, m.group(9));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                return build(m.group(3), month(m.group(1)), m.group(2), m, 4, m.group(9));
            }
            m = JAVA_DATE.matcher(s);
            if (m.matches()) {
                return build(m.group(9), month(m.group(1)), m.group(2), m, 3, m.group(8));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String month(String name) {
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return String.valueOf(index / 3 + 1);
    }

    /** Groups from {@code timeGroup}: hour, minute, second, fraction, am/pm. */
    private static Instant build(String yearText, String monthText, String dayText, Matcher m, int timeGroup,
                                 String zoneText) {
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (yearText.length() == 3) {
            return null;
        }
        if (year < 1900 || year > 2200) {
            return null;
        }
        LocalDate date = LocalDate.of(year, Integer.parseInt(monthText), Integer.parseInt(dayText));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(timeGroup) != null) {
            int hour = Integer.parseInt(m.group(timeGroup));
            String ampm = m.group(timeGroup + 4);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
            }
            int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            int nanos = 0;
            if (m.group(timeGroup + 3) != null) {
                String fraction = (m.group(timeGroup + 3) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
            time = LocalTime.of(hour, Integer.parseInt(m.group(timeGroup + 1)), second == 60 ? 59 : second, nanos);
        }
        ZoneId zone = zone(zoneText);
        if (zone == null) {
            return null;
        }
        return LocalDateTime.of(date, time).atZone(zone).toInstant();
    }

    private static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return ZoneOffset.UTC;
        }
        String z = text.trim();
        if (z.contains("/")) {
            try {
                return ZoneId.of(z);
            } catch (DateTimeException e) {
                return null;
            }
        }
        int sign = Math.max(z.indexOf('+'), z.indexOf('-'));
        String name = sign < 0 ? z : z.substring(0, sign);
        int base = 0;
        if (!name.isEmpty()) {
            Integer hours = NAMED_ZONES.get(name.toUpperCase(Locale.ROOT));
            if (hours == null) {
                return null;
            }
            base = hours * 3600;
        }
        if (sign < 0) {
            return ZoneOffset.ofTotalSeconds(base);
        }
        String digits = z.substring(sign + 1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int offset = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(base + (z.charAt(sign) == '-' ? -offset : offset));
    }
}
