package dev.portico.subscription;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The license overview as a CSV file a spreadsheet opens as it is: RFC 4180 (commas, CRLF, quotes where needed), UTF-8
 * with a byte order mark (so that Excel reads umlauts and accents right), the header row and the states in the reader's
 * language ({@code messages/license-overview_<lang>.properties}), dates as ISO dates. No cell is run as a formula: one
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV
 * injection), whoever typed it (a product name, an email).
 */
public final class LicenseOverviewCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final String BUNDLE = "messages.license-overview";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static final List<String> COLUMNS = List.of("subscription", "product", "status", "termStart", "termEnd",
            "nextRenewal", "quantity", "seatsUsed", "seatsFree", "holders", "invoices", "order");

    private LicenseOverviewCsv() {
    }

    public static byte[] write(List<LicenseOverview.Row> rows, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, LicenseOverviewCsv.class.getClassLoader(),
                NO_DEFAULT_LOCALE);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS.stream().map(c -> safe(texts.getString("header." + c))).toList());
            for (LicenseOverview.Row row : rows) {
                csv.printRecord(
                        safe(row.subscriptionNumber()),
                        safe(row.productName()),
                        safe(texts.getString("status." + row.status().name())),
                        date(row.termStart()),
                        date(row.termEnd()),
                        date(row.nextRenewalDate()),
                        row.quantity(),
                        row.seatsUsedToday(),
                        row.seatsFreeToday(),
                        safe(row.holders().stream().map(LicenseOverviewCsv::holder).collect(Collectors.joining("; "))),
                        safe(String.join("; ", row.invoiceNumbers())),
                        safe(row.orderNumber()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell a spreadsheet shows as text: a leading formula character is neutralised by an apostrophe. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String holder(LicenseOverview.Holder h) {
        String who = h.name() == null ? h.email() : h.name() + " <" + h.email() + ">";
        return who + " (" + h.validFrom() + " – " + (h.validUntil() == null ? "…" : h.validUntil()) + ")";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
