package dev.portico.platform.billing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * EU VAT identification numbers as people type them: each member state's format, and its check digit where the state
 * publishes one (AT, BE, DE, ES, FR, IT, NL, PL). Pure and table-driven. A number may be typed with or without its
 * country prefix (Greece's is EL), with spaces, dots and dashes; it is kept in the compact form with the prefix
 * ({@code IT00743110157}). A country outside the EU has no VAT number rule here: its tax ID is only checked to be 4 to
 * 20 letters and digits.
 */
public final class VatNumbers {

    /** Why a number is refused: its shape, its check digit, or another country's prefix. */
    public enum Refusal { FORMAT, CHECK_DIGIT, OTHER_COUNTRY }

    /** The outcome: the compact number with its prefix, or why it is refused (with an example of the right shape). */
    public record Result(String compact, Refusal refusal, String example) {

        public boolean valid() {
            return refusal == null;
        }
    }

    /** One member state: the digits after the prefix, its check (true when none is published), and an example. */
    private record Rule(Pattern format, Predicate<String> check, String example) {
    }

    private static final Predicate<String> NO_CHECK = n -> true;

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("AT", new Rule(Pattern.compile("U\\d{8}"), VatNumbers::austria, "ATU13585627")),
            Map.entry("BE", new Rule(Pattern.compile("[01]\\d{9}"), VatNumbers::belgium, "BE0403019261")),
            Map.entry("BG", new Rule(Pattern.compile("\\d{9,10}"), NO_CHECK, "BG101004508")),
            Map.entry("CY", new Rule(Pattern.compile("\\d{8}[A-Z]"), NO_CHECK, "CY10259033P")),
            Map.entry("CZ", new Rule(Pattern.compile("\\d{8,10}"), NO_CHECK, "CZ25123891")),
            Map.entry("DE", new Rule(Pattern.compile("\\d{9}"), VatNumbers::germany, "DE136695976")),
            Map.entry("DK", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "DK13585628")),
            Map.entry("EE", new Rule(Pattern.compile("\\d{9}"), NO_CHECK, "EE100931558")),
            Map.entry("EL", new Rule(Pattern.compile("\\d{9}"), NO_CHECK, "EL094259216")),
            Map.entry("ES", new Rule(Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]"), VatNumbers::spain, "ESB58378431")),
            Map.entry("FI", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "FI20774740")),
            Map.entry("FR", new Rule(Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}"), VatNumbers::france, "FR40303265045")),
            Map.entry("HR", new Rule(Pattern.compile("\\d{11}"), NO_CHECK, "HR33392005961")),
            Map.entry("HU", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "HU12892312")),
            Map.entry("IE", new Rule(Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"), NO_CHECK, "IE6433435F")),
            Map.entry("IT", new Rule(Pattern.compile("\\d{11}"), VatNumbers::italy, "IT00743110157")),
            Map.entry("LT", new Rule(Pattern.compile("\\d{9}|\\d{12}"), NO_CHECK, "LT119511515")),
            Map.entry("LU", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "LU15027442")),
            Map.entry("LV", new Rule(Pattern.compile("\\d{11}"), NO_CHECK, "LV40003521600")),
            Map.entry("MT", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "MT11679112")),
            Map.entry("NL", new Rule(Pattern.compile("\\d{9}B\\d{2}"), VatNumbers::netherlands, "NL004495445B01")),
            Map.entry("PL", new Rule(Pattern.compile("\\d{10}"), VatNumbers::poland, "PL5260250274")),
            Map.entry("PT", new Rule(Pattern.compile("\\d{9}"), NO_CHECK, "PT501964843")),
            Map.entry("RO", new Rule(Pattern.compile("[1-9]\\d{1,9}"), NO_CHECK, "RO18547290")),
            Map.entry("SE", new Rule(Pattern.compile("\\d{10}01"), NO_CHECK, "SE556188840401")),
            Map.entry("SI", new Rule(Pattern.compile("\\d{8}"), NO_CHECK, "SI50223054")),
            Map.entry("SK", new Rule(Pattern.compile("\\d{10}"), NO_CHECK, "SK2022749619")));

    /** Countries whose VAT numbers are checked here: the EU member states, by ISO country code (Greece: GR). */
    public static final Set<String> EU_COUNTRIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES",
            "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private static final Pattern OTHER_TAX_ID = Pattern.compile("[A-Z0-9]{4,20}");

    private VatNumbers() {
    }

    /** The VAT number prefix of an ISO country code: EL for Greece, else the code itself. */
    public static String prefixOf(String country) {
        return "GR".equals(country) ? "EL" : country;
    }

    /**
     * Checks a VAT identification number of a company whose tax country is {@code country} (ISO 3166 alpha-2). Outside
     * the EU, any 4 to 20 letters and digits pass (kept compact, without a prefix being added).
     */
    public static Result check(String country, String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        if (country == null || !EU_COUNTRIES.contains(country)) {
            return OTHER_TAX_ID.matcher(compact).matches() ? new Result(compact, null, null)
                    : new Result(compact, Refusal.FORMAT, null);
        }
        String prefix = prefixOf(country);
        Rule rule = RULES.get(prefix);
        String number = compact;
        if (compact.length() >= 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1))) {
            String given = compact.substring(0, 2);
            if (given.equals(prefix)) {
                number = compact.substring(2);
            } else if (RULES.containsKey(given) || "GR".equals(given)) {
                // another member state's number, or Greece's ISO code instead of EL
                return new Result(compact, "GR".equals(given) && "EL".equals(prefix) ? Refusal.FORMAT
                        : Refusal.OTHER_COUNTRY, rule.example());
            }
            // else: letters that are part of the number (Spain, France, Austria's U)
        }
        if (!rule.format().matcher(number).matches()) {
            return new Result(prefix + number, Refusal.FORMAT, rule.example());
        }
        if (!rule.check().test(number)) {
            return new Result(prefix + number, Refusal.CHECK_DIGIT, rule.example());
        }
        return new Result(prefix + number, null, null);
    }

    // ---- check digits, each as the member state publishes it

    /** Austria: U + 7 digits + check digit (Luhn-like, weights 1 2 1 2 …, then (10 - (sum + 4) mod 10) mod 10). */
    static boolean austria(String number) {
        String d = number.substring(1);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int v = digit(d, i);
            sum += i % 2 == 0 ? v : crossSum(2 * v);
        }
        return (10 - (sum + 4) % 10) % 10 == digit(d, 7);
    }

    /** Belgium: the last two digits are 97 minus the first eight modulo 97. */
    static boolean belgium(String number) {
        long first = Long.parseLong(number.substring(0, 8));
        return 97 - first % 97 == Integer.parseInt(number.substring(8));
    }

    /** Germany: ISO 7064 MOD 11,10 over the first eight digits. */
    static boolean germany(String number) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (digit(number, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digit(number, 8);
    }

    /** Italy (partita IVA): Luhn over the eleven digits. */
    static boolean italy(String number) {
        return luhn(number);
    }

    /** Poland (NIP): weights 6 5 7 2 3 4 5 6 7, the sum modulo 11 is the last digit (10 is never issued). */
    public static boolean poland(String number) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(number, i) * weights[i];
        }
        int check = sum % 11;
        return check != 10 && check == digit(number, 9);
    }

    /** France: a numeric key is (12 + 3 × (SIREN mod 97)) mod 97; a key with letters has no published check. */
    static boolean france(String number) {
        String key = number.substring(0, 2);
        if (!key.chars().allMatch(Character::isDigit)) {
            return true;
        }
        long siren = Long.parseLong(number.substring(2));
        return (12 + 3 * (siren % 97)) % 97 == Integer.parseInt(key);
    }

    /**
     * Netherlands: the 9 digits pass the "elfproef" (weights 9 … 2, the last digit is the sum mod 11), or — the numbers
     * given to sole traders since 2020 — "NL" + the number passes ISO 7064 MOD 97-10 as an IBAN does.
     */
    static boolean netherlands(String number) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += digit(number, i) * (9 - i);
        }
        if (sum % 11 == digit(number, 8) && sum % 11 != 10) {
            return true;
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : ("NL" + number).toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new java.math.BigInteger(numeric.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
    }

    /**
     * Spain (NIF): a person's DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) ends with the letter of the
     * number mod 23; a legal entity's CIF (letter + 7 digits + control) ends with a control digit or letter.
     */
    static boolean spain(String number) {
        char first = number.charAt(0);
        char last = number.charAt(8);
        String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        if (Character.isDigit(first) || "XYZ".indexOf(first) >= 0) {
            String digits = ("XYZ".indexOf(first) >= 0 ? String.valueOf("XYZ".indexOf(first)) : String.valueOf(first))
                    + number.substring(1, 8);
            if (!digits.chars().allMatch(Character::isDigit)) {
                return false;
            }
            return letters.charAt((int) (Long.parseLong(digits) % 23)) == last;
        }
        if ("KLM".indexOf(first) >= 0 || "ABCDEFGHJNPQRSUVW".indexOf(first) < 0) {
            return "KLM".indexOf(first) >= 0 && number.substring(1, 8).chars().allMatch(Character::isDigit);
        }
        String body = number.substring(1, 8);
        if (!body.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int v = digit(body, i);
            sum += i % 2 == 0 ? crossSum(2 * v) : v;
        }
        int control = (10 - sum % 10) % 10;
        return last == (char) ('0' + control) || last == "JABCDEFGHI".charAt(control);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int v = digit(digits, digits.length() - 1 - i);
            sum += i % 2 == 0 ? v : crossSum(2 * v);
        }
        return sum % 10 == 0;
    }

    private static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    private static int crossSum(int v) {
        return v / 10 + v % 10;
    }
}
