package vn.phoihop.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF back with poppler-utils (pdffonts, pdftotext; installed by .ci/run): the fonts it
 * uses with whether each is embedded, and its text.
 */
public final class PdfTools {

    /** One line of pdffonts: the font name, its type, encoding, embedded, subset and ToUnicode flags. */
    public record PdfFont(String name, String type, String encoding, boolean embedded, boolean subset,
            boolean unicode) {
    }

    private PdfTools() {
    }

    public static List<PdfFont> fonts(byte[] pdf) throws IOException, InterruptedException {
        List<PdfFont> fonts = new ArrayList<>();
        String[] lines = run(pdf, "pdffonts").split("\n");
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            // name type... encoding emb sub uni object-id: read the flags from the right
            String[] parts = line.split("\\s+");
            int n = parts.length;
            // the last two columns are "object ID" (e.g. "12 0")
            boolean uni = parts[n - 3].equals("yes");
            boolean sub = parts[n - 4].equals("yes");
            boolean emb = parts[n - 5].equals("yes");
            fonts.add(new PdfFont(parts[0], parts[1], parts[n - 6], emb, sub, uni));
        }
        return fonts;
    }

    public static String text(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-enc", "UTF-8");
    }

    private static String run(byte[] pdf, String tool, String... options) throws IOException, InterruptedException {
        Path file = Files.createTempFile("phoihop-", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = new ArrayList<>();
            command.add(tool);
            command.addAll(List.of(options));
            command.add(file.toString());
            if (tool.equals("pdftotext")) {
                command.add("-");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
