package dev.portico.platform.problem;

import java.util.Locale;

/** A field error before it is written: the field's machine path and what is wrong with it, in no language yet. */
public record FieldMessage(String field, Message message) {

    public static FieldMessage of(FieldError written) {
        return new FieldMessage(written.field(), Message.literal(written.message()));
    }

    public FieldError in(Locale locale) {
        return new FieldError(field, message.in(locale));
    }
}
