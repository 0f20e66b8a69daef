package dev.portico.platform.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of problems in every language Portico speaks, kept out of the code in {@code messages/problems.properties}
 * (English) and {@code messages/problems_<language>.properties}: each kind's title under its slug, field reasons under
 * {@code field.*}, details under {@code detail.*}. Every text is a {@link MessageFormat} pattern (an apostrophe is
 * written ’ or doubled). A kind's English title stays beside its slug in the code, where the contract reads it.
 */
public final class ProblemTexts {

    public static final String BUNDLE = "messages.problems";

    /** Only the bundles asked for and the English root: never the JVM's default locale in between. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** The kind's title in {@code locale}; English (the code's) where the bundle has none. */
    public static String title(ProblemKind kind, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(kind.slug()) ? format(bundle.getString(kind.slug()), locale) : kind.title();
    }

    /** The text under {@code key} in {@code locale}, its arguments filled in. */
    public static String text(Locale locale, String key, Object... args) {
        try {
            return format(bundle(locale).getString(key), locale, args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No problem text " + key + " (messages/problems.properties)", e);
        }
    }

    private static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
