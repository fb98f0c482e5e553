package vn.phoihop.engine.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese personal names: common family names with their approximate frequency, middle
 * and given names by gender, and the spelling variants real files contain (NFD, upper case
 * without diacritics, extra spaces, old tone-mark placement). Canonical names use NFC and
 * the new tone placement ({@code Hòa}, {@code Thủy}).
 */
public final class VietnameseNames {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    /** Per-mille weights of {@link #FAMILY}, roughly their share in Vietnam. */
    private static final int[] FAMILY_WEIGHTS = {380, 110, 95, 70, 30, 21, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5};
    private static final List<String> MALE_MIDDLE = List.of(
            "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Anh", "Ngọc", "Xuân", "Đình", "Quang");
    private static final List<String> FEMALE_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mai", "Kim", "Phương", "Bích", "Diệu", "Hồng");
    private static final List<String> MALE_GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khang", "Khoa", "Long", "Nam",
            "Phong", "Quân", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hòa",
            "Lộc", "Phúc", "Khải", "Đức", "Hiển", "Nghĩa", "Thủy", "Tú", "Bảo", "Duy", "Kiên");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
            "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy",
            "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Yến", "Hòa", "Thoa", "Xuân", "Hiền", "Nhi");
    /**
     * Given names that only planted cases use, so a planted person can be made to match
     * exactly one population record (or none) whatever the scale.
     */
    private static final List<String> RESERVED_GIVEN = List.of(
            "Khuê", "Diễm", "Thịnh", "Luân", "Nhàn", "Thục", "Kiều", "Triều", "Xuyến", "Duyên",
            "Đoan", "Quế", "Lụa", "Vỹ", "Huấn", "Khởi", "Nghiêm", "Sương", "Thắm", "Ngát");

    private static final Pattern NEW_TONE = Pattern.compile("([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aAeEyY])(?=\\s|$)");

    private VietnameseNames() {
    }

    /** A common name for the background population. */
    public static String commonName(Gender gender, SplittableRandom random) {
        return family(random) + " " + pick(gender == Gender.MALE ? MALE_MIDDLE : FEMALE_MIDDLE, random)
                + " " + pick(gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN, random);
    }

    /** A name whose given name never occurs in the background; {@code serial} picks it. */
    public static String reservedName(Gender gender, int serial, SplittableRandom random) {
        return family(random) + " " + pick(gender == Gender.MALE ? MALE_MIDDLE : FEMALE_MIDDLE, random)
                + " " + RESERVED_GIVEN.get(Math.floorMod(serial, RESERVED_GIVEN.size()));
    }

    /** A family name alone (company representatives, …). */
    public static String family(SplittableRandom random) {
        int roll = random.nextInt(FAMILY_WEIGHTS_TOTAL);
        for (int i = 0; i < FAMILY.size(); i++) {
            roll -= FAMILY_WEIGHTS[i];
            if (roll < 0) {
                return FAMILY.get(i);
            }
        }
        return FAMILY.get(0);
    }

    private static final int FAMILY_WEIGHTS_TOTAL = java.util.Arrays.stream(FAMILY_WEIGHTS).sum();

    static List<String> reservedGivenNames() {
        return RESERVED_GIVEN;
    }

    static List<String> backgroundGivenNames() {
        return java.util.stream.Stream.concat(MALE_GIVEN.stream(), FEMALE_GIVEN.stream()).toList();
    }

    /** Decomposed form (NFD), as some systems export. */
    public static String decomposed(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD);
    }

    /** Upper case without diacritics ({@code NGUYEN THI HOA}), as old systems export. */
    public static String upperWithoutDiacritics(String name) {
        return stripDiacritics(name).toUpperCase(Locale.ROOT);
    }

    /** Old tone-mark placement: {@code Hòa} → {@code Hoà}, {@code Thủy} → {@code Thuỷ}. */
    public static String oldTonePlacement(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        Matcher m = NEW_TONE.matcher(nfc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char marked = m.group(1).charAt(0);
            char carrier = m.group(2).charAt(0);
            String mark = Normalizer.normalize(String.valueOf(marked), Normalizer.Form.NFD).substring(1);
            char base = Normalizer.normalize(String.valueOf(marked), Normalizer.Form.NFD).charAt(0);
            String moved = base + Normalizer.normalize(carrier + mark, Normalizer.Form.NFC);
            m.appendReplacement(out, Matcher.quoteReplacement(moved));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Doubled inner spaces and a trailing space. */
    public static String withExtraSpaces(String name) {
        return name.replace(" ", "  ") + " ";
    }

    /**
     * The name-match key of rules.md (NFC, lower case, diacritics removed, đ → d, white space
     * collapsed, trimmed). The generator's own copy, used to check its planted cases.
     */
    public static String norm(String name) {
        return stripDiacritics(name).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    private static String stripDiacritics(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
