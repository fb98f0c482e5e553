package vn.phoihop.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How identifiers and names look to someone without a basis to see them: {@code 079012345123}
 * becomes {@code 0790*****123}, "Nguyễn Văn An" becomes "N***** V** A*".
 */
public final class Masking {

    /** Personal ids (12), old ids (9), social insurance codes (10), health cards (2 letters + 13). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![0-9A-Za-z])([A-Z]{2}[0-9]{13}|[0-9]{9,12})(?![0-9])");

    private static final Set<String> IDENTIFIER_FIELDS = Set.of("personal_id", "social_insurance_code",
            "old_id_number", "card_number", "person_key", "decision_no", "subject");
    private static final Set<String> NAME_FIELDS = Set.of("full_name", "name", "complainant");
    private static final Set<String> DATE_FIELDS = Set.of("birth_date", "death_date");

    private Masking() {
    }

    public static String identifier(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int length = value.length();
        if (length < 8) {
            return "*".repeat(Math.max(0, length - 2)) + value.substring(Math.max(0, length - 2));
        }
        return value.substring(0, 4) + "*".repeat(length - 7) + value.substring(length - 3);
    }

    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : value.trim().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append("*".repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }

    /** Masks the known personal values and anything shaped like an identifier in a free text. */
    public static String text(String text, Collection<String> known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String value : known) {
            if (value != null && value.length() >= 3) {
                boolean looksLikeName = value.codePoints().anyMatch(Character::isLetter) && value.contains(" ");
                result = result.replace(value, looksLikeName ? name(value) : identifier(value));
            }
        }
        Matcher matcher = IDENTIFIER.matcher(result);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(identifier(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The personal values named in evidence (identifiers and names), to mask them in texts too. */
    public static Set<String> personalValues(JsonNode evidence) {
        Set<String> values = new LinkedHashSet<>();
        collect(evidence, values);
        return values;
    }

    private static void collect(JsonNode node, Set<String> values) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                String key = entry.getKey().toLowerCase(Locale.ROOT);
                if (entry.getValue().isValueNode() && (IDENTIFIER_FIELDS.contains(key) || NAME_FIELDS.contains(key))) {
                    values.add(entry.getValue().asString());
                } else {
                    collect(entry.getValue(), values);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, values));
        }
    }

    /** A copy of evidence with identifiers, names and birth dates masked. */
    public static JsonNode evidence(JsonNode evidence, Collection<String> known) {
        if (evidence == null) {
            return null;
        }
        if (evidence.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (var entry : evidence.properties()) {
                String key = entry.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = entry.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    String raw = value.asString();
                    if (IDENTIFIER_FIELDS.contains(key)) {
                        copy.put(entry.getKey(), identifier(raw));
                    } else if (NAME_FIELDS.contains(key)) {
                        copy.put(entry.getKey(), name(raw));
                    } else if (DATE_FIELDS.contains(key)) {
                        copy.put(entry.getKey(), raw.length() >= 4 ? raw.substring(0, 4) + "-**-**" : "****");
                    } else if (value.isString()) {
                        copy.put(entry.getKey(), text(raw, known));
                    } else {
                        copy.set(entry.getKey(), value);
                    }
                } else {
                    copy.set(entry.getKey(), evidence(value, known));
                }
            }
            return copy;
        }
        if (evidence.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            evidence.forEach(child -> copy.add(evidence(child, known)));
            return copy;
        }
        if (evidence.isString()) {
            return JsonNodeFactory.instance.stringNode(text(evidence.asString(), known));
        }
        return evidence;
    }
}
