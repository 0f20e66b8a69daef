package dev.portico.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.portico.platform.problem.Message;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Request bodies are read strictly, so that nothing a client sends is silently changed or lost: a duplicate key, a
 * fraction for a whole number, a number for a text or a flag, text for a number, an unknown field (a typo) are
 * refused (an absent flag or number keeps its default, which the field's constraints judge); every text is checked by {@link Text} (one line unless {@link MultiLine}); dates and instants must
 * lie in the years 1 to 9999.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The first and last year Portico accepts in a date or an instant. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    /** "must lie in the years 1 to 9999", in the reader's language (the years as written, not as numbers). */
    public static Message yearsMessage() {
        return Message.of("field.years", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    /** Last, so that the year-bounded date readers win over the Java time module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                            : CoercionAction.Fail);
        }
        SimpleModule module = new SimpleModule("portico-strict-input");
        module.addDeserializer(String.class, new CheckedString(false));
        mapper.registerModule(module);
        mapper.registerModule(new SimpleModule("portico-years")
                .addDeserializer(LocalDate.class, new YearBounded<>(LocalDate.class))
                .addDeserializer(Instant.class, new YearBounded<>(Instant.class)));
    }

    /** A string checked by {@link Text}: one line unless the property is {@link MultiLine}. */
    static final class CheckedString extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        CheckedString(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
            return multi == multiLine ? this : new CheckedString(multi);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            Message problem = Text.problem(value, multiLine);
            if (problem != null) {
                throw new InvalidText(parser, problem);
            }
            return value;
        }
    }

    /** A {@link LocalDate} or {@link Instant} in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    static final class YearBounded<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;

        YearBounded(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            Object value;
            try {
                value = type == LocalDate.class ? LocalDate.parse(text.strip()) : Instant.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidText(parser, Message.of(type == LocalDate.class ? "field.date" : "field.instant"));
            }
            int year = value instanceof LocalDate date ? date.getYear() : ((Instant) value).atZone(ZoneOffset.UTC).getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidText(parser, yearsMessage());
            }
            return type.cast(value);
        }
    }
}
