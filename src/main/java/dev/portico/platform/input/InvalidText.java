package dev.portico.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.portico.platform.problem.Message;

/** A JSON string Portico refuses ({@link Text}); the field it was in is on its path. */
public class InvalidText extends MismatchedInputException {

    private final transient Message reason;

    public InvalidText(JsonParser parser, Message reason) {
        super(parser, reason.toString(), String.class);
        this.reason = reason;
    }

    /** What is wrong, for the field error. */
    public Message reason() {
        return reason;
    }
}
