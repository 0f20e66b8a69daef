package dev.portico.platform.invoice;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.portico.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Renders an invoice or a credit note as a PDF in the document's language (OpenPDF, embedded Liberation Sans so that
 * every language's letters print).
 */
@ApplicationScoped
public class InvoicePdf {

    private final BaseFont regular = font("liberation/LiberationSans-Regular.ttf");
    private final BaseFont bold = font("liberation/LiberationSans-Bold.ttf");

    public byte[] render(InvoiceDocument invoice) {
        String lang = invoice.language();
        boolean creditNote = invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
        String title = (creditNote ? InvoiceLabel.CREDIT_NOTE : InvoiceLabel.INVOICE).in(lang) + " " + invoice.number();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Portico");
            document.open();
            Font body = new Font(regular, 10);
            Font small = new Font(regular, 8);
            Font heading = new Font(bold, 18);
            Font strong = new Font(bold, 10);

            InvoiceDocument.Party seller = invoice.seller();
            document.add(new Paragraph(seller.name(), strong));
            document.add(new Paragraph(seller.address() + " · " + InvoiceLabel.VAT_ID.in(lang) + " " + seller.taxId(), small));
            document.add(spacer());
            document.add(new Paragraph(title, heading));
            document.add(spacer());

            InvoiceDocument.Party buyer = invoice.buyer();
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
            facts.setWidthPercentage(100);
            fact(facts, InvoiceLabel.BILL_TO.in(lang), buyer.name() + (buyer.address() == null ? "" : ", " + buyer.address())
                    + " (" + buyer.country() + ")", body, strong);
            fact(facts, InvoiceLabel.BUYER_VAT_ID.in(lang), buyer.taxId() == null ? "—" : buyer.taxId(), body, strong);
            fact(facts, InvoiceLabel.INVOICE_DATE.in(lang), invoice.issueDate().toString(), body, strong);
            if (creditNote) {
                fact(facts, InvoiceLabel.CORRECTS.in(lang), invoice.corrects(), body, strong);
            }
            for (InvoiceDocument.Fact extra : invoice.facts()) {
                fact(facts, extra.label().in(lang), extra.value(), body, strong);
            }
            document.add(facts);
            document.add(spacer());

            PdfPTable lines = new PdfPTable(new float[] {5f, 1f, 1.6f, 1.6f});
            lines.setWidthPercentage(100);
            InvoiceLabel[] columns = {InvoiceLabel.DESCRIPTION, InvoiceLabel.QUANTITY, InvoiceLabel.UNIT_PRICE,
                    InvoiceLabel.AMOUNT};
            for (InvoiceLabel column : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(column.in(lang), strong));
                cell.setHorizontalAlignment(column == InvoiceLabel.DESCRIPTION ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                lines.addCell(cell);
            }
            String currency = invoice.currency();
            for (InvoiceDocument.Line line : invoice.lines()) {
                lines.addCell(new PdfPCell(new Phrase(line.description(), body)));
                lines.addCell(right(Integer.toString(line.quantity()), body));
                lines.addCell(right(money(line.unitPriceMinor(), currency), body));
                lines.addCell(right(money(line.netMinor(), currency), body));
            }
            total(lines, InvoiceLabel.NET.in(lang), money(invoice.netMinor(), currency), body);
            total(lines, InvoiceLabel.VAT.in(lang) + " " + Money.percent(invoice.taxRateBp()),
                    money(invoice.taxMinor(), currency), body);
            total(lines, InvoiceLabel.TOTAL.in(lang), money(invoice.totalMinor(), currency), strong);
            document.add(lines);
            document.add(spacer());
            document.add(new Paragraph((creditNote ? InvoiceLabel.CREDIT_NOTE_TEXT : InvoiceLabel.THANKS).in(lang), small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render " + title, e);
        }
        return out.toByteArray();
    }

    /** "1,234.50 EUR": amounts in minor units with the currency's own number of decimals. */
    public static String money(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    private static void fact(PdfPTable table, String label, String value, Font body, Font strong) {
        PdfPCell name = new PdfPCell(new Phrase(label, strong));
        name.setBorder(0);
        PdfPCell content = new PdfPCell(new Phrase(value, body));
        content.setBorder(0);
        table.addCell(name);
        table.addCell(content);
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void total(PdfPTable table, String label, String amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setColspan(3);
        name.setHorizontalAlignment(Element.ALIGN_RIGHT);
        name.setBorder(0);
        PdfPCell value = right(amount, font);
        value.setBorder(0);
        table.addCell(name);
        table.addCell(value);
    }

    private static Paragraph spacer() {
        return new Paragraph(" ");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
