package dev.portico.platform.input;

import dev.portico.platform.problem.Message;

/**
 * What text Portico accepts from outside, in one place: no control characters (a single-line field also no line or
 * paragraph separators and no bidirectional-override marks, which forge what a name or subject looks like; a
 * multi-line one may have tabs and line breaks) and no unpaired UTF-16 surrogates (PostgreSQL cannot store them).
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is refused, or {@code null} when it is acceptable. */
    public static Message problem(String value, boolean multiLine) {
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
                return Message.of("field.text.surrogate");
            }
            if (c == 0) {
                return Message.of("field.text.nul");
            }
            if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return Message.of("field.text.noncharacter");
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 && !(multiLine && lineBreak)) || (c >= 0x7F && c <= 0x9F)) {
                return Message.of(multiLine ? "field.text.control-multi-line" : "field.text.control");
            }
            if (!multiLine && (c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069'))) {
                return Message.of("field.text.separator");
            }
        }
        return null;
    }
}
