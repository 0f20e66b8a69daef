package dev.portico.contract;

/**
 * Example requests and answers of the main operations, shown in the contract (and Swagger UI). Spectral checks each
 * against its schema, so an example cannot drift from the shape it illustrates.
 */
public final class Examples {

    private Examples() {
    }

    public static final String SUBSCRIPTION_CREATE = """
            {"companyId": "0f8fad5b-d9cb-469f-a165-70867728950e", "productCode": "PROFIS-ENGINEERING",
             "productName": "PROFIS Engineering Suite", "licenseQuantity": 5, "termMonths": 12, "autoRenew": true,
             "poNumber": "PO-2026-0042", "adminEmail": "alice.admin@acme.example", "orderReference": "ERP-778812",
             "unitPrice": {"amount": 129000, "currency": "EUR"}, "taxRateBasisPoints": 1900}""";

    public static final String SUBSCRIPTION = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "number": "SUB-000123",
             "companyId": "0f8fad5b-d9cb-469f-a165-70867728950e", "companyName": "Acme Tools GmbH",
             "productCode": "PROFIS-ENGINEERING", "productName": "PROFIS Engineering Suite", "licenseQuantity": 5,
             "termStart": null, "termEnd": null, "nextRenewalDate": null, "autoRenew": true, "poNumber": "PO-2026-0042",
             "paymentMethod": null,
             "admin": {"userId": null, "email": "alice.admin@acme.example", "name": null, "pending": true},
             "orderedAt": "2026-11-29T09:15:00Z", "activationDeadline": "2027-02-27", "activatedAt": null,
             "status": "PENDING_ACTIVATION",
             "actions": {"activate": false, "manage": false, "changePoNumber": false, "changePaymentMethod": false,
                         "transferAdmin": false, "withdrawAdminTransfer": false, "cancel": false, "undoCancellation": false, "readAgreement": false}}""";

    public static final String CHECKOUT_BY_CARD = """
            {"companyId": "0f8fad5b-d9cb-469f-a165-70867728950e", "billingDataConfirmed": true,
             "billing": {"name": "Acme Tools GmbH", "street": "Industriestraße 7", "postalCode": "80331",
                         "city": "München", "taxId": "DE811569869"},
             "payment": {"method": "CARD", "card": {"number": "4242 4242 4242 4242", "expiryMonth": 12,
                         "expiryYear": 2030, "holder": "Alice Adler"}},
             "expectedTotal": {"amount": 153510, "currency": "EUR"}}""";

    public static final String CHECKOUT_FROM_CREDIT = """
            {"companyId": "0f8fad5b-d9cb-469f-a165-70867728950e", "billingDataConfirmed": true,
             "billing": {"name": "Resello Partners S.r.l.", "street": "Via Roma 1", "postalCode": "20121",
                         "city": "Milano", "taxId": "IT12345678901"},
             "payment": {"method": "CREDIT"}}""";

    public static final String SEAT_ASSIGNMENT = """
            {"email": "max.member@acme.example", "validFrom": "2026-12-01", "validUntil": "2027-05-31"}""";

    public static final String SEAT = """
            {"id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427", "subscriptionId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "email": "max.member@acme.example", "userId": null, "name": null, "validFrom": "2026-12-01",
             "validUntil": "2027-05-31", "state": "INVITED", "revokedAt": null,
             "actions": {"changePeriod": true, "revoke": true}}""";

    public static final String ENTITLEMENT = """
            {"productCode": "PROFIS-ENGINEERING", "email": "max.member@acme.example", "entitled": true,
             "validUntil": "2027-05-31", "subscriptionNumber": "SUB-000123"}""";

    public static final String NO_FREE_SEAT = """
            {"type": "/problems/no-free-seat", "title": "No free seat for the whole period", "status": 409,
             "detail": "All 5 seats of SUB-000123 are taken on 2026-12-01 to 2026-12-14.",
             "instance": "/api/v1/subscriptions/7c9e6679-7425-40de-944b-e07fc1f90ae7/seats"}""";

    public static final String VALIDATION_FAILED = """
            {"type": "/problems/validation", "title": "Some fields are not valid", "status": 422,
             "detail": "adminEmail must be an email address", "instance": "/api/v1/subscriptions",
             "errors": [{"field": "adminEmail", "message": "must be an email address"}]}""";
}
