package vn.phoihop.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Secrets come from the environment or from files, never from a committed properties file. */
class NoSecretsInConfigurationTest {

    @Test
    void no_committed_properties_file_gives_a_password_secret_or_key_a_literal_value() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            offending = files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().startsWith("messages"))
                    .flatMap(NoSecretsInConfigurationTest::lines)
                    .filter(line -> !line.startsWith("#") && line.contains("="))
                    .filter(line -> {
                        String key = line.substring(0, line.indexOf('=')).toLowerCase(Locale.ROOT);
                        String value = line.substring(line.indexOf('=') + 1).strip();
                        boolean sensitive = key.contains("password") || key.contains("secret")
                                || key.endsWith(".key") || key.contains("private");
                        // a placeholder such as ${PHOIHOP_DB_PASSWORD:} takes the value from outside
                        return sensitive && !value.isEmpty() && !value.matches("\\$\\{[A-Z0-9_.a-z-]+:?}");
                    })
                    .toList();
        }
        assertThat(offending).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
