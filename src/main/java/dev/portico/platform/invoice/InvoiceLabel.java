package dev.portico.platform.invoice;

import java.util.List;

/** The words printed on invoices and credit notes, in the five languages Portico speaks (English for any other). */
public enum InvoiceLabel {
    INVOICE("Invoice", "Rechnung", "Facture", "Fattura", "Faktura"),
    CREDIT_NOTE("Credit note", "Stornorechnung", "Avoir", "Nota di credito", "Faktura korygująca"),
    BILL_TO("Bill to", "Rechnungsempfänger", "Facturé à", "Intestata a", "Nabywca"),
    BUYER_VAT_ID("Buyer VAT ID", "USt-IdNr. des Käufers", "N° TVA de l'acheteur", "Partita IVA dell'acquirente",
            "NIP nabywcy"),
    VAT_ID("VAT ID", "USt-IdNr.", "N° TVA", "Partita IVA", "NIP"),
    INVOICE_DATE("Invoice date", "Rechnungsdatum", "Date de facture", "Data fattura", "Data wystawienia"),
    CORRECTS("Corrects invoice", "Storniert Rechnung", "Annule la facture", "Rettifica la fattura", "Koryguje fakturę"),
    DESCRIPTION("Description", "Beschreibung", "Désignation", "Descrizione", "Opis"),
    QUANTITY("Qty", "Menge", "Qté", "Qtà", "Ilość"),
    UNIT_PRICE("Unit price", "Einzelpreis", "Prix unitaire", "Prezzo unitario", "Cena jedn."),
    AMOUNT("Amount", "Betrag", "Montant", "Importo", "Kwota"),
    NET("Net", "Netto", "Total HT", "Imponibile", "Netto"),
    VAT("VAT", "USt.", "TVA", "IVA", "VAT"),
    TOTAL("Total", "Gesamt", "Total TTC", "Totale", "Razem"),
    THANKS("Thank you for your business.", "Vielen Dank für Ihren Auftrag.", "Merci de votre confiance.",
            "Grazie per averci scelto.", "Dziękujemy za współpracę."),
    CREDIT_NOTE_TEXT("This credit note cancels the invoice named above in full.",
            "Diese Stornorechnung hebt die oben genannte Rechnung vollständig auf.",
            "Cet avoir annule intégralement la facture indiquée ci-dessus.",
            "Questa nota di credito annulla integralmente la fattura indicata sopra.",
            "Niniejsza faktura korygująca anuluje w całości fakturę wskazaną powyżej."),
    SERVICE_PERIOD("Service period", "Leistungszeitraum", "Période de service", "Periodo di servizio",
            "Okres świadczenia"),
    PO_NUMBER("PO number", "Bestellnummer (PO)", "N° de bon de commande", "Numero d'ordine (PO)",
            "Numer zamówienia (PO)"),
    ORDER("Order", "Bestellung", "Commande", "Ordine", "Zamówienie"),
    PAYMENT("Payment", "Zahlung", "Paiement", "Pagamento", "Płatność"),
    PAID("paid", "bezahlt", "payée", "pagata", "opłacona"),
    RESELLER_DISCOUNT("reseller discount", "Händlerrabatt", "remise revendeur", "sconto rivenditore",
            "rabat dla sprzedawcy");

    /** The languages, in the order of the constructor's texts. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "pl");

    private final String[] texts;

    InvoiceLabel(String... texts) {
        this.texts = texts;
    }

    /** The label in a language ({@code en}, {@code de}, {@code fr}, {@code it}, {@code pl}); English for any other. */
    public String in(String language) {
        int index = LANGUAGES.indexOf(language);
        return texts[index < 0 ? 0 : index];
    }
}
