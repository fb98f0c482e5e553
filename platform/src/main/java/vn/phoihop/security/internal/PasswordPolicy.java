package vn.phoihop.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B §5.1.1.2): long enough, not the username or built on
 * it, and not one of the passwords attackers try first (a list, also with digits and symbols
 * added at the end, "Matkhau2026!" being "matkhau"). No composition rules: length beats them.
 */
@Component
class PasswordPolicy {

    static final int MAXIMUM_LENGTH = 128;

    private final int minimumLength;
    private final Set<String> common;

    PasswordPolicy(@Value("${phoihop.security.password.min-length:12}") int minimumLength) {
        this.minimumLength = minimumLength;
        this.common = load();
    }

    /** One broken rule, with a message for each language. */
    record Violation(String rule, String messageVi, String messageEn) {
    }

    List<Violation> check(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
            violations.add(new Violation("min_length", "Mật khẩu phải có ít nhất " + minimumLength + " ký tự.",
                    "The password must have at least " + minimumLength + " characters."));
            if (password == null) {
                return violations;
            }
        }
        if (password.length() > MAXIMUM_LENGTH) {
            violations.add(new Violation("max_length", "Mật khẩu dài quá " + MAXIMUM_LENGTH + " ký tự.",
                    "The password is longer than " + MAXIMUM_LENGTH + " characters."));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("contains_username", "Mật khẩu không được chứa tên đăng nhập.",
                    "The password must not contain the username."));
        }
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        if (common.contains(lower) || common.contains(stem)) {
            violations.add(new Violation("common", "Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn một cụm từ dài hơn.",
                    "This password is too common and easily guessed: choose a longer passphrase."));
        }
        if (lower.codePoints().distinct().count() <= 2) {
            violations.add(new Violation("repetitive", "Mật khẩu chỉ lặp lại một hai ký tự.",
                    "The password only repeats one or two characters."));
        }
        return violations;
    }

    /** The details of an {@code auth.password_policy} error: each broken rule with its messages. */
    static Map<String, Object> details(List<Violation> violations) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (Violation v : violations) {
            details.put(v.rule(), Map.of("message_vi", v.messageVi(), "message_en", v.messageEn()));
        }
        return details;
    }

    int minimumLength() {
        return minimumLength;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
