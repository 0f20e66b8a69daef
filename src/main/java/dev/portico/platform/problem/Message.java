package dev.portico.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for people in a problem, written in the reader's language only when the problem is answered: a key of the
 * problem bundles ({@link ProblemTexts}) with its arguments, or a literal kept as it is (a feature's English text that
 * is not translated yet). An argument that is itself a message is written in the same language, and so is a
 * {@link Locale} that names only a country (its name, e.g. "Italien" for German readers).
 */
public record Message(String key, String literal, List<Object> args) {

    /** The text under {@code key} in {@code messages/problems*.properties}, a {@link java.text.MessageFormat} pattern. */
    public static Message of(String key, Object... args) {
        return new Message(key, null, Arrays.asList(args));
    }

    /** A text that is not translated: every reader sees it as written. */
    public static Message literal(String text) {
        return new Message(null, text, List.of());
    }

    public String in(Locale locale) {
        if (key == null) {
            return literal;
        }
        Object[] written = args.stream().map(a -> a instanceof Message m ? m.in(locale)
                : a instanceof Locale country && country.getLanguage().isEmpty() ? country.getDisplayCountry(locale) : a)
                .toArray();
        return ProblemTexts.text(locale, key, written);
    }

    /** The English text, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
