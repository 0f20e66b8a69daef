package dev.portico.platform.billing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postal codes by country: the format each postal service publishes, for the EU member states, the EEA, Switzerland,
 * the United Kingdom and the United States. Pure and table-driven; a country not in the table gets the lenient rule
 * (1 to 16 letters, digits, spaces and dashes). A code is kept as typed, upper case, with single spaces.
 */
public final class PostalCodes {

    /** A country's format and an example to show when a code does not fit. */
    private record Rule(Pattern format, String example) {
    }

    private static Rule rule(String regex, String example) {
        return new Rule(Pattern.compile(regex), example);
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("AT", rule("[1-9]\\d{3}", "1010")),
            Map.entry("BE", rule("[1-9]\\d{3}", "1000")),
            Map.entry("BG", rule("[1-9]\\d{3}", "1000")),
            Map.entry("CY", rule("[1-9]\\d{3}", "1010")),
            Map.entry("CZ", rule("[1-7]\\d{2} ?\\d{2}", "110 00")),
            Map.entry("DE", rule("\\d{5}", "10115")),
            Map.entry("DK", rule("[1-9]\\d{3}", "1050")),
            Map.entry("EE", rule("\\d{5}", "10111")),
            Map.entry("ES", rule("(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", "28001")),
            Map.entry("FI", rule("\\d{5}", "00100")),
            Map.entry("FR", rule("\\d{5}", "75001")),
            Map.entry("GR", rule("[1-8]\\d{2} ?\\d{2}", "105 57")),
            Map.entry("HR", rule("[1-5]\\d{4}", "10000")),
            Map.entry("HU", rule("[1-9]\\d{3}", "1011")),
            // Eircode: routing key (letter, digit, digit or W) and a four-character identifier
            Map.entry("IE", rule("[AC-FHKNPRTV-Y]\\d[\\dW] ?[\\dAC-FHKNPRTV-Y]{4}", "D02 X285")),
            Map.entry("IT", rule("\\d{5}", "00184")),
            Map.entry("LT", rule("(LT-)?\\d{5}", "LT-01100")),
            Map.entry("LU", rule("(L-)?\\d{4}", "L-1009")),
            Map.entry("LV", rule("(LV-)?\\d{4}", "LV-1050")),
            Map.entry("MT", rule("[A-Z]{3} ?\\d{4}", "VLT 1117")),
            Map.entry("NL", rule("[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}", "1012 AB")),
            Map.entry("PL", rule("\\d{2}-\\d{3}", "00-950")),
            Map.entry("PT", rule("[1-9]\\d{3}-\\d{3}", "1000-001")),
            Map.entry("RO", rule("\\d{6}", "010011")),
            Map.entry("SE", rule("[1-9]\\d{2} ?\\d{2}", "111 20")),
            Map.entry("SI", rule("(SI-)?[1-9]\\d{3}", "1000")),
            Map.entry("SK", rule("[089]\\d{2} ?\\d{2}", "811 01")),
            Map.entry("IS", rule("\\d{3}", "101")),
            Map.entry("LI", rule("94(8[5-9]|9[0-8])", "9490")),
            Map.entry("NO", rule("\\d{4}", "0150")),
            Map.entry("CH", rule("[1-9]\\d{3}", "8001")),
            Map.entry("GB", rule("GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPSTUW]) ?"
                    + "[0-9][ABD-HJLNP-UW-Z]{2}", "SW1A 1AA")),
            Map.entry("US", rule("\\d{5}(-\\d{4})?", "10001")));

    private static final Pattern LENIENT = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,15}");

    private PostalCodes() {
    }

    /** The outcome: the code as kept, or — when it does not fit — an example of the country's format. */
    public record Result(String code, boolean valid, String example) {
    }

    /** Checks a postal code of an address in {@code country} (ISO 3166 alpha-2). */
    public static Result check(String country, String typed) {
        String code = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Rule rule = country == null ? null : RULES.get(country);
        if (rule == null) {
            return new Result(code, LENIENT.matcher(code).matches(), null);
        }
        return new Result(code, rule.format().matcher(code).matches(), rule.example());
    }

    /** Whether the country has a format of its own here (else the lenient rule applies). */
    public static boolean known(String country) {
        return RULES.containsKey(country);
    }
}
