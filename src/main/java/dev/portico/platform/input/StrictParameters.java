package dev.portico.platform.input;

import dev.portico.platform.problem.Message;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters are read strictly, and a value that does not fit answers 422 naming the parameter
 * (JAX-RS would answer 404 "nothing here", or quietly read {@code maybe} as {@code false}): whole numbers are digits,
 * flags are {@code true} or {@code false}, ids are UUIDs, enum values are listed, dates and instants lie in the years
 * {@value StrictJson#FIRST_YEAR} to {@value StrictJson#LAST_YEAR}, and text passes {@link Text} as one line.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (type == String.class) {
            return (ParamConverter<T>) converter(name, text -> {
                Message problem = Text.problem(text, false);
                if (problem != null) {
                    throw invalid(name, problem);
                }
                return text;
            });
        }
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) converter(name, text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(name, Message.of("field.boolean"));
            });
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            boolean isInt = type == Integer.class || type == int.class;
            return (ParamConverter<T>) converter(name, text -> {
                String digits = text.strip();
                if (!WHOLE.matcher(digits).matches()) {
                    throw invalid(name, Message.of("field.whole-number"));
                }
                long value = Long.parseLong(digits);
                if (isInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                    throw invalid(name, Message.of("field.too-large"));
                }
                // not a conditional expression: that would promote the Integer to a Long
                if (isInt) {
                    return (Object) Integer.valueOf((int) value);
                }
                return (Object) Long.valueOf(value);
            });
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, text -> {
                try {
                    UUID id = UUID.fromString(text.strip());
                    if (!id.toString().equalsIgnoreCase(text.strip())) {
                        throw new IllegalArgumentException(text);
                    }
                    return id;
                } catch (IllegalArgumentException e) {
                    throw invalid(name, Message.of("field.uuid-example"));
                }
            });
        }
        if (type == LocalDate.class || type == Instant.class) {
            boolean date = type == LocalDate.class;
            return (ParamConverter<T>) converter(name, text -> {
                try {
                    Object value = date ? LocalDate.parse(text.strip()) : Instant.parse(text.strip());
                    int year = value instanceof LocalDate d ? d.getYear() : ((Instant) value).atZone(ZoneOffset.UTC).getYear();
                    if (year < StrictJson.FIRST_YEAR || year > StrictJson.LAST_YEAR) {
                        throw invalid(name, StrictJson.yearsMessage());
                    }
                    return value;
                } catch (DateTimeParseException e) {
                    throw invalid(name, Message.of(date ? "field.date" : "field.instant"));
                }
            });
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, text -> {
                try {
                    return Enum.valueOf(enumType, text.strip());
                } catch (IllegalArgumentException e) {
                    throw invalid(name, Message.of("field.one-of", allowed));
                }
            });
        }
        return null;
    }

    private static InvalidParameter invalid(String parameter, Message message) {
        return new InvalidParameter(parameter, message);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return value == null ? null : parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
