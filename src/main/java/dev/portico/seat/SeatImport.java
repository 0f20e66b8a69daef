package dev.portico.seat;

import dev.portico.platform.problem.FieldError;
import dev.portico.platform.input.StrictJson;
import dev.portico.platform.input.EmailAddresses;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Parsing of a seat CSV (columns {@code email,validFrom,validUntil}, header required) and its per-row result. */
public final class SeatImport {

    /** Rows one upload may hold. */
    public static final int MAX_ROWS = 500;

    /** The longest file accepted, in characters: 500 rows of a long email and two dates, with room to spare. */
    public static final int MAX_CSV_CHARS = 200_000;

    private SeatImport() {
    }

    /** How an upload applies when some rows fail. */
    public enum Mode {
        /** Nothing is written unless every row can be (the default). */
        ALL_OR_NOTHING,
        /** The good rows are written, the others reported. */
        BEST_EFFORT
    }

    /** One parsed row; a date that did not parse is reported in {@code errors}. */
    record Row(int number, String email, LocalDate validFrom, LocalDate validUntil, List<FieldError> errors) {
    }

    /** What happened to one row. */
    public enum Outcome { CREATED, FAILED, NOT_APPLIED }

    @Schema(name = "SeatImportRow")
    public record RowResult(
            @Schema(required = true, description = "Line number in the file (the header is line 1)") int row,
            String email,
            @Schema(required = true) Outcome outcome,
            UUID seatId,
            @Schema(required = true) List<FieldError> errors) {
    }

    @Schema(name = "SeatImportResult")
    public record Result(
            @Schema(required = true) Mode mode,
            @Schema(required = true) int created,
            @Schema(required = true) int failed,
            @Schema(required = true) List<RowResult> rows) {
    }

    /** Parses the file; a file that is not CSV or lacks the columns answers with a single field error. */
    static List<Row> parse(String csv, LocalDate today) throws InvalidFile {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("email")) {
                throw new InvalidFile("the first line must name the columns: email,validFrom,validUntil");
            }
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidFile("has more than " + MAX_ROWS + " rows; split it into smaller files");
                }
                int line = (int) record.getRecordNumber() + 1;
                List<FieldError> errors = new ArrayList<>();
                String email = value(record, "email");
                email = email == null ? null : email.toLowerCase(Locale.ROOT);
                if (email == null || !EmailAddresses.valid(email)) {
                    errors.add(new FieldError("email", "must be an email address"));
                }
                LocalDate from = date(record, "validFrom", errors);
                LocalDate until = date(record, "validUntil", errors);
                rows.add(new Row(line, email, from == null ? today : from, until, errors));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidFile("is not a readable CSV file (is a quotation mark left open?)");
        }
        if (rows.isEmpty()) {
            throw new InvalidFile("has no rows below the header");
        }
        return rows;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(CSVRecord record, String column, List<FieldError> errors) {
        String value = value(record, column);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < StrictJson.FIRST_YEAR || date.getYear() > StrictJson.LAST_YEAR) {
                errors.add(new FieldError(column, "must lie in the years " + StrictJson.FIRST_YEAR + " to " + StrictJson.LAST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(column, "must be a date like 2026-12-31"));
            return null;
        }
    }

    /** The file as a whole cannot be read. */
    static class InvalidFile extends Exception {
        InvalidFile(String message) {
            super(message, null, false, false);
        }
    }
}
