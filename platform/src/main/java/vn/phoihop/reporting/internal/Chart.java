package vn.phoihop.reporting.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A small chart drawn on the server, with no script and no internet: the same chart as SVG for
 * the dashboard (each row or point may link to its records) and as PNG for the documents.
 * {@link Kind#BARS} draws horizontal stacked bars (long Vietnamese labels read well on the left);
 * {@link Kind#LINE} draws one line per series over the labels.
 */
record Chart(Kind kind, String title, List<String> labels, List<String> links, List<Series> series, String unit) {

    enum Kind { BARS, LINE }

    record Series(String name, List<Double> values, String color) {
    }

    static final String[] PALETTE = {"#1f5fa8", "#d9822b", "#3c8d40", "#b33a3a", "#7a5ea8", "#8c8c8c", "#2a9d8f"};

    Chart {
        labels = List.copyOf(labels);
        links = links == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(links));
        series = List.copyOf(series);
    }

    /** What an empty chart says. */
    static final String EMPTY = "Không có số liệu trong kỳ";
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW = 26;

    int height() {
        return kind == Kind.BARS ? 60 + Math.max(1, labels.size()) * ROW + 30 : 300;
    }

    double max() {
        double max = 0;
        if (kind == Kind.BARS) {
            for (int i = 0; i < labels.size(); i++) {
                double sum = 0;
                for (Series s : series) {
                    sum += s.values().get(i);
                }
                max = Math.max(max, sum);
            }
        } else {
            for (Series s : series) {
                for (double v : s.values()) {
                    max = Math.max(max, v);
                }
            }
        }
        return max <= 0 ? 1 : max;
    }

    // ---- SVG -------------------------------------------------------------------------------

    String svg() {
        StringBuilder out = new StringBuilder();
        int h = height();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(h).append("\" aria-label=\"").append(escape(title)).append("\">");
        out.append("<title>").append(escape(title)).append("</title>");
        legendSvg(out);
        if (labels.isEmpty()) {
            out.append("<text x=\"").append(WIDTH / 2).append("\" y=\"60\" font-size=\"14\" text-anchor=\"middle\" ")
                    .append("fill=\"#666\">").append(escape(EMPTY)).append("</text>");
        } else if (kind == Kind.BARS) {
            barsSvg(out);
        } else {
            lineSvg(out, h);
        }
        out.append("</svg>");
        return out.toString();
    }

    private void legendSvg(StringBuilder out) {
        int x = 10;
        for (Series s : series) {
            out.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(s.color())
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"19\" font-size=\"12\">")
                    .append(escape(s.name())).append("</text>");
            x += 24 + s.name().length() * 7;
        }
    }

    private void barsSvg(StringBuilder out) {
        double max = max();
        int plot = WIDTH - LABEL_WIDTH - 90;
        for (int i = 0; i < labels.size(); i++) {
            int y = 40 + i * ROW;
            String link = links == null ? null : links.get(i);
            if (link != null) {
                out.append("<a href=\"").append(escape(link)).append("\" class=\"drill\">");
            }
            out.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(escape(shorten(labels.get(i), 40)))
                    .append("</text>");
            double x = LABEL_WIDTH;
            double total = 0;
            for (Series s : series) {
                double v = s.values().get(i);
                double w = v / max * plot;
                if (w > 0) {
                    out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(fmt(w)).append("\" height=\"18\" fill=\"").append(s.color()).append("\"><title>")
                            .append(escape(labels.get(i) + " — " + s.name() + ": " + number(v))).append("</title></rect>");
                }
                x += w;
                total += v;
            }
            out.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + 16).append("\" font-size=\"12\">")
                    .append(number(total)).append(unitSuffix()).append("</text>");
            if (link != null) {
                out.append("</a>");
            }
        }
    }

    private void lineSvg(StringBuilder out, int h) {
        double max = max();
        int left = 90;
        int top = 40;
        int bottom = h - 40;
        int right = WIDTH - 20;
        out.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
        for (int g = 0; g <= 4; g++) {
            double v = max * g / 4;
            int y = (int) (bottom - (bottom - top) * g / 4.0);
            out.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(compact(v)).append("</text>");
            out.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(right)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#eee\"/>");
        }
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            double x = xOf(i, n, left, right);
            out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(labels.get(i))).append("</text>");
        }
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double x = xOf(i, n, left, right);
                double y = bottom - (bottom - top) * s.values().get(i) / max;
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            }
            out.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(s.color())
                    .append("\" points=\"").append(points.toString().strip()).append("\"/>");
            for (int i = 0; i < n; i++) {
                double x = xOf(i, n, left, right);
                double y = bottom - (bottom - top) * s.values().get(i) / max;
                String link = links == null ? null : links.get(i);
                if (link != null) {
                    out.append("<a href=\"").append(escape(link)).append("\" class=\"drill\">");
                }
                out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"")
                        .append(s.color()).append("\"><title>").append(escape(labels.get(i) + " — " + s.name() + ": "
                                + number(s.values().get(i)) + unitSuffix())).append("</title></circle>");
                if (link != null) {
                    out.append("</a>");
                }
            }
        }
    }

    private static double xOf(int i, int n, int left, int right) {
        return n <= 1 ? (left + right) / 2.0 : left + 20 + (right - left - 40) * i / (double) (n - 1);
    }

    // ---- PNG -------------------------------------------------------------------------------

    byte[] png() {
        int scale = 2;
        int h = height();
        BufferedImage image = new BufferedImage(WIDTH * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, h);
            Font font = FONT.deriveFont(12f);
            g.setFont(font);
            int x = 10;
            for (Series s : series) {
                g.setColor(Color.decode(s.color()));
                g.fillRect(x, 8, 12, 12);
                g.setColor(Color.BLACK);
                g.drawString(s.name(), x + 16, 19);
                x += 24 + g.getFontMetrics().stringWidth(s.name()) + 8;
            }
            if (labels.isEmpty()) {
                g.setColor(Color.GRAY);
                g.drawString(EMPTY, WIDTH / 2 - g.getFontMetrics().stringWidth(EMPTY) / 2, 60);
            } else if (kind == Kind.BARS) {
                barsPng(g);
            } else {
                linePng(g, h);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void barsPng(Graphics2D g) {
        double max = max();
        int plot = WIDTH - LABEL_WIDTH - 90;
        for (int i = 0; i < labels.size(); i++) {
            int y = 40 + i * ROW;
            g.setColor(Color.BLACK);
            String label = shorten(labels.get(i), 40);
            g.drawString(label, LABEL_WIDTH - 6 - g.getFontMetrics().stringWidth(label), y + 15);
            double x = LABEL_WIDTH;
            double total = 0;
            for (Series s : series) {
                double v = s.values().get(i);
                double w = v / max * plot;
                g.setColor(Color.decode(s.color()));
                g.fillRect((int) Math.round(x), y + 3, (int) Math.round(w), 18);
                x += w;
                total += v;
            }
            g.setColor(Color.BLACK);
            g.drawString(number(total) + unitSuffix(), (int) x + 4, y + 16);
        }
    }

    private void linePng(Graphics2D g, int h) {
        double max = max();
        int left = 90;
        int top = 40;
        int bottom = h - 40;
        int right = WIDTH - 20;
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            int y = (int) (bottom - (bottom - top) * k / 4.0);
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(left, y, right, y);
            g.setColor(Color.BLACK);
            String text = compact(v);
            g.drawString(text, left - 6 - g.getFontMetrics().stringWidth(text), y + 4);
        }
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            int x = (int) xOf(i, n, left, right);
            g.drawString(labels.get(i), x - g.getFontMetrics().stringWidth(labels.get(i)) / 2, bottom + 18);
        }
        g.setStroke(new BasicStroke(2.5f));
        for (Series s : series) {
            g.setColor(Color.decode(s.color()));
            for (int i = 0; i < n; i++) {
                int x = (int) xOf(i, n, left, right);
                int y = (int) (bottom - (bottom - top) * s.values().get(i) / max);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (i > 0) {
                    int px = (int) xOf(i - 1, n, left, right);
                    int py = (int) (bottom - (bottom - top) * s.values().get(i - 1) / max);
                    g.drawLine(px, py, x, y);
                }
            }
        }
    }

    // ---- text ------------------------------------------------------------------------------

    private String unitSuffix() {
        return "percent".equals(unit) ? " %" : "";
    }

    /** 1.234.567 (Vietnamese grouping) or 12,5 for a fraction. */
    static String number(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace(',', '.');
        }
        return String.format(Locale.ROOT, "%,.1f", v).replace(',', ' ').replace('.', ',').replace(' ', '.');
    }

    /** Axis labels: 1,2 tỷ; 350 tr. */
    static String compact(double v) {
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.1f tỷ", v / 1e9).replace('.', ',');
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.0f tr", v / 1e6);
        }
        return number(Math.round(v));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Liberation Serif v2 (the documents' font), so that the PNG draws every Vietnamese letter. */
    private static final Font FONT = loadFont();

    private static Font loadFont() {
        try (InputStream in = Chart.class.getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("liberation/LiberationSerif-Regular.ttf is not on the classpath "
                        + "(com.github.librepdf:openpdf-fonts-extra)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
