package dev.portico.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string Portico refuses ({@link Text}); the field it was in is on its path. */
public class InvalidText extends MismatchedInputException {

    private final String reason;

    public InvalidText(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** What is wrong, for the field error. */
    public String reason() {
        return reason;
    }
}
