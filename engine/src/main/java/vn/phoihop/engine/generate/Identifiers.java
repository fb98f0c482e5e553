package vn.phoihop.engine.generate;

import java.util.List;

/**
 * Builds well-formed, unique identifiers from an entity index. Every builder is a bijection
 * on its index range, so two entities never share an identifier and nothing has to be
 * remembered to guarantee it (the generator streams millions of people).
 */
public final class Identifiers {

    /**
     * Birth-registration province codes used in personal ids, two per block of one million
     * person indexes (the first of each pair is the common one). Block 0 is the demo
     * province: 051 Quảng Ngãi and 062 Kon Tum (merged into Quảng Ngãi on 1 July 2025).
     * Blocks never share a code, which keeps personal ids unique across blocks.
     */
    static final List<String> BIRTH_PROVINCES = List.of(
            "051", "062", "049", "048", "052", "054", "064", "066", "046", "045", "044", "042",
            "040", "038", "001", "079", "031", "036", "037", "034", "035", "030", "033", "026");
    /** Person indexes per block of birth-province codes. */
    static final long PERSONS_PER_BLOCK = 1_000_000L;
    /** Largest person index the province codes can serve (12 blocks). */
    public static final long MAX_PERSON_INDEX = PERSONS_PER_BLOCK * (BIRTH_PROVINCES.size() / 2) - 1;

    /** Prefix of social insurance codes (mã số BHXH) issued in the demo province. */
    static final String SOCIAL_INSURANCE_PREFIX = "51";

    /** Weights of the tax-code check digit (10th digit), as published for the 10-digit mã số thuế [sec]. */
    private static final int[] TAX_CODE_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private Identifiers() {
    }

    /**
     * The 4th digit of a personal id: century of birth and gender (Law on Identification
     * 26/2023 and its decree): 1900s 0 male / 1 female, 2000s 2/3, 2100s 4/5.
     */
    public static int centuryGenderDigit(Gender gender, int birthYear) {
        int century = birthYear / 100 - 19;
        if (century < 0 || century > 4) {
            throw new IllegalArgumentException("birth year out of range: " + birthYear);
        }
        return century * 2 + (gender == Gender.FEMALE ? 1 : 0);
    }

    /**
     * A 12-digit personal id (số định danh cá nhân): 3-digit birth province + century/gender
     * digit + 2-digit birth year + 6 digits. Unique per person index.
     */
    public static String personalId(long personIndex, boolean bornElsewhere, Gender gender, int birthYear) {
        if (personIndex < 0 || personIndex > MAX_PERSON_INDEX) {
            throw new IllegalArgumentException("person index out of range: " + personIndex);
        }
        int block = (int) (personIndex / PERSONS_PER_BLOCK);
        String province = BIRTH_PROVINCES.get(block * 2 + (bornElsewhere ? 1 : 0));
        long serial = affine(personIndex % PERSONS_PER_BLOCK, 1_000_000L, 370_373L, 271_828L);
        return province + centuryGenderDigit(gender, birthYear) + twoDigits(birthYear % 100) + pad(serial, 6);
    }

    /** A 10-digit social insurance code (mã số BHXH): province prefix + 8 digits. */
    public static String socialInsuranceCode(long index) {
        return SOCIAL_INSURANCE_PREFIX + pad(affine(index, 100_000_000L, 48_271_939L, 12_345_678L), 8);
    }

    /** A 9-digit old identity card number (CMND); leading zeros occur. */
    public static String oldIdNumber(long index) {
        return pad(affine(index, 1_000_000_000L, 690_069_001L, 212_345_678L), 9);
    }

    /**
     * A 10-digit tax code (mã số thuế): 2-digit province prefix, 7-digit sequence, check
     * digit. Sequence {@code 2·index} or, when that has no valid check digit, {@code 2·index+1}
     * (changing the 9th digit by one moves the weighted sum by 3, so one of the two works).
     */
    public static String taxCode(String provincePrefix, long index) {
        if (provincePrefix.length() != 2 || index < 0 || index >= 5_000_000L) {
            throw new IllegalArgumentException("bad tax code request " + provincePrefix + "/" + index);
        }
        for (long sequence = 2 * index; sequence <= 2 * index + 1; sequence++) {
            String first9 = provincePrefix + pad(sequence, 7);
            int check = taxCodeCheckDigit(first9);
            if (check >= 0) {
                return first9 + check;
            }
        }
        throw new IllegalStateException("no valid tax code for " + index);
    }

    /** The check digit of the first nine digits of a tax code, or −1 when none is valid. */
    public static int taxCodeCheckDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += TAX_CODE_WEIGHTS[i] * (first9.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check == 10 ? -1 : check;
    }

    public static boolean isValidTaxCode(String taxCode) {
        String base = taxCode.length() == 14 && taxCode.charAt(10) == '-' ? taxCode.substring(0, 10) : taxCode;
        if (!base.matches("\\d{10}") || (taxCode.length() == 14 && !taxCode.substring(11).matches("\\d{3}"))) {
            return false;
        }
        return taxCodeCheckDigit(base.substring(0, 9)) == base.charAt(9) - '0';
    }

    /**
     * A health-insurance card number in the legacy 15-character form: 2-letter group code +
     * benefit level (1–5) + 2-digit province + the holder's 10-digit social insurance code.
     */
    public static String legacyCardNumber(String groupCode, int benefitLevel, String socialInsuranceCode) {
        return groupCode + benefitLevel + SOCIAL_INSURANCE_PREFIX + socialInsuranceCode;
    }

    /** (a·x + b) mod m, a bijection on [0, m) when gcd(a, m) = 1. */
    static long affine(long x, long m, long a, long b) {
        return (a * (x % m) % m + b) % m;
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        return "0".repeat(width - s.length()) + s;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
