package dev.portico.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.i18n.Languages;
import dev.portico.platform.problem.ProblemKind;
import dev.portico.platform.problem.ProblemTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem a person can read exists in all five languages: each kind's title (every feature's {@code *Problem.ALL},
 * as the contract lists them), every problem text and every constraint message Portico defines. A missing text, or one
 * left in English, fails, unless it is listed below as the same in that language.
 */
class ProblemTranslationsTest {

    static final List<String> TRANSLATED = List.of("de", "fr", "it", "pl");

    /** Texts that are rightly the same as the English one: language → keys. */
    static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of();

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    static List<ProblemKind> everyKind() {
        return ApiDocumentation.PROBLEM_KINDS.stream().<ProblemKind>flatMap(List::stream).toList();
    }

    @Test
    void everyProblemKindHasATitleInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (String language : TRANSLATED) {
            Properties texts = bundle("messages/problems_" + language + ".properties");
            for (ProblemKind kind : everyKind()) {
                String title = texts.getProperty(kind.slug());
                if (title == null || title.isBlank()) {
                    missing.add(language + ": " + kind.slug() + " has no title");
                } else if (title.equals(kind.title()) && !sameAsEnglish(language, kind.slug())) {
                    missing.add(language + ": " + kind.slug() + " is still English (\"" + title + "\")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyProblemTextIsTranslatedWithTheSameArguments() {
        Properties english = bundle("messages/problems.properties");
        assertEquals(List.of(), untranslated(english, "messages/problems_%s.properties", this::isSlug));
    }

    @Test
    void everyConstraintMessageIsTranslated() {
        Properties english = bundle("ValidationMessages.properties");
        // a translation may also say one of Hibernate Validator's standard messages better
        assertEquals(List.of(), untranslated(english, "ValidationMessages_%s.properties",
                key -> key.startsWith("jakarta.validation.constraints.")));
    }

    @Test
    void everyTextIsAValidPatternWithoutALostApostrophe() {
        List<String> broken = new ArrayList<>();
        for (String language : List.of("", "_de", "_fr", "_it", "_pl")) {
            Properties texts = bundle("messages/problems" + language + ".properties");
            texts.stringPropertyNames().forEach(key -> {
                String text = texts.getProperty(key);
                // MessageFormat reads a single ' as the start of a quote and drops it
                if (text.replace("''", "").contains("'")) {
                    broken.add("problems" + language + ": " + key + " has a single ' (write ’ or '')");
                }
                try {
                    new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    broken.add("problems" + language + ": " + key + " is no MessageFormat pattern: " + e.getMessage());
                }
            });
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties english = bundle("messages/problems.properties");
        Pattern key = Pattern.compile("\"((?:detail|field)\\.[a-z0-9.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    boolean hasAt = english.containsKey(m.group(1) + ".at");
                    if (!english.containsKey(m.group(1)) && !hasAt) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyConstraintMessageTheCodeNamesIsInTheBundle() throws IOException {
        Properties english = bundle("ValidationMessages.properties");
        Pattern key = Pattern.compile("\"\\{(portico\\.[a-z0-9.-]+)}\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void aTitleIsLookedUpInTheCallersLanguageAndFallsBackToTheCodesEnglish() {
        ProblemKind validation = everyKind().stream().filter(k -> k.slug().equals("validation")).findFirst().orElseThrow();
        assertEquals("Einige Felder sind ungültig", ProblemTexts.title(validation, Locale.GERMAN));
        assertEquals(validation.title(), ProblemTexts.title(validation, Locale.ENGLISH));
        assertEquals(validation.title(), ProblemTexts.title(validation, Locale.JAPANESE));
        assertEquals("email: ist kein bekanntes Feld", dev.portico.platform.problem.Message.of("detail.field", "email",
                dev.portico.platform.problem.Message.of("field.unknown")).in(Locale.GERMAN));
    }

    @Test
    void acceptLanguagePicksTheBestOfTheFiveLanguagesAndElseEnglish() {
        assertEquals(Locale.GERMAN, Languages.bestMatch("de-AT,de;q=0.9,en;q=0.5"));
        assertEquals("pl", Languages.bestMatch("fr;q=0.4, pl;q=0.9").getLanguage());
        assertEquals(Locale.ITALIAN, Languages.bestMatch("ja, it-CH;q=0.3"));
        assertEquals(Locale.ENGLISH, Languages.bestMatch("ja"));
        assertEquals(Locale.ENGLISH, Languages.bestMatch("*"));
        assertEquals(Locale.ENGLISH, Languages.bestMatch(null));
        assertEquals(Locale.ENGLISH, Languages.bestMatch(";;;q=x"));
    }

    /** Missing, still-English or argument-changing translations of every English key, as readable lines. */
    private List<String> untranslated(Properties english, String file, java.util.function.Predicate<String> extraAllowed) {
        List<String> problems = new ArrayList<>();
        for (String language : TRANSLATED) {
            Properties texts = bundle(file.formatted(language));
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(language + ": " + key + " is missing");
                } else if (text.equals(english.getProperty(key)) && !sameAsEnglish(language, key)) {
                    problems.add(language + ": " + key + " is still English (\"" + text + "\")");
                } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(language + ": " + key + " has arguments " + placeholders(text) + ", English "
                            + placeholders(english.getProperty(key)));
                }
            }
            for (String key : texts.stringPropertyNames()) {
                if (!english.containsKey(key) && !extraAllowed.test(key)) {
                    problems.add(language + ": " + key + " is not an English key (a typo, or left over)");
                }
            }
        }
        return problems;
    }

    private boolean isSlug(String key) {
        return everyKind().stream().anyMatch(k -> k.slug().equals(key));
    }

    private static boolean sameAsEnglish(String language, String key) {
        return SAME_AS_ENGLISH.getOrDefault(language, Set.of()).contains(key);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties bundle(String resource) {
        try (InputStream in = ProblemTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
