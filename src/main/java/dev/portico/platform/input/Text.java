package dev.portico.platform.input;

/**
 * What text Portico accepts from outside, in one place: no control characters (a single-line field also no line or
 * paragraph separators and no bidirectional-override marks, which forge what a name or subject looks like; a
 * multi-line one may have tabs and line breaks) and no unpaired UTF-16 surrogates (PostgreSQL cannot store them).
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is refused, or {@code null} when it is acceptable. */
    public static String problem(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "contains a broken character (an unpaired UTF-16 surrogate)";
            }
            if (c == 0) {
                return "must not contain the NUL character";
            }
            if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return "contains a character that is not text (a Unicode noncharacter)";
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 && !(multiLine && lineBreak)) || (c >= 0x7F && c <= 0x9F)) {
                return multiLine ? "must not contain control characters other than tabs and line breaks"
                        : "must be one line without control characters (no line breaks or tabs)";
            }
            if (!multiLine && (c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069'))) {
                return "must be one line without line separators or text-direction overrides";
            }
        }
        return null;
    }
}
