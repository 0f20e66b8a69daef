package dev.portico.platform.security;

import java.util.List;
import java.util.Locale;

/** The languages Portico speaks (UI and mails). */
public final class Locales {

    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "it", "pl");
    public static final String DEFAULT = "en";

    private Locales() {
    }

    /** The supported language closest to {@code tag} ("de-AT" → "de"), or English. */
    public static String closest(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? language : DEFAULT;
    }
}
