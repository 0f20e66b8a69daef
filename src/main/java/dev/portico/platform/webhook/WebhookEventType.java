package dev.portico.platform.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event Portico delivers, with the fields of its thin {@code data} besides {@code id}, {@code companyId} and
 * {@code link} (which every event has): receivers fetch the current state from the link. A field is
 * {@code name:kind} with kind {@code uuid}, {@code string}, {@code date}, {@code date-time}, {@code integer},
 * {@code boolean} or {@code money}; a trailing {@code ?} makes it nullable. The contract's {@code webhooks:} section is
 * generated from this list.
 */
public enum WebhookEventType {
    SUBSCRIPTION_CREATED("subscription.created", "A subscription was created, pending activation",
            "number:string", "productCode:string", "quantity:integer", "status:string", "orderReference:string?"),
    SUBSCRIPTION_ACTIVATED("subscription.activated", "The subscription's admin accepted the agreement: it is active",
            "number:string", "status:string", "termStart:date", "termEnd:date"),
    SUBSCRIPTION_LAPSED("subscription.lapsed", "The subscription was not activated in time (no charge)",
            "number:string", "status:string"),
    SUBSCRIPTION_RENEWED("subscription.renewed", "The subscription renewed for a new term",
            "number:string", "termStart:date", "termEnd:date"),
    SUBSCRIPTION_ENDED("subscription.ended", "The subscription ended at its renewal date", "number:string", "status:string"),
    SUBSCRIPTION_CANCELLATION_SCHEDULED("subscription.cancellation_scheduled",
            "The subscription was cancelled for its renewal date (non-renewing)", "number:string", "status:string",
            "endsOn:date"),
    SUBSCRIPTION_CANCELLATION_REVOKED("subscription.cancellation_revoked",
            "A scheduled cancellation was undone: the subscription renews again", "number:string", "status:string"),
    SUBSCRIPTION_ADMIN_TRANSFERRED("subscription.admin_transferred", "Another person became the subscription's admin",
            "number:string", "adminUserId:uuid"),
    SUBSCRIPTION_PO_NUMBER_CHANGED("subscription.po_number_changed", "The subscription's PO number changed",
            "number:string", "poNumber:string?"),
    SUBSCRIPTION_PAYMENT_METHOD_CHANGED("subscription.payment_method_changed",
            "The subscription's payment method changed", "number:string", "paymentMethod:string"),
    SEAT_ASSIGNED("seat.assigned", "A seat was given to an email for a period",
            "subscriptionId:uuid", "email:string", "validFrom:date", "validUntil:date?"),
    SEAT_PERIOD_CHANGED("seat.period_changed", "A seat's period changed",
            "subscriptionId:uuid", "email:string", "validFrom:date", "validUntil:date?"),
    SEAT_REVOKED("seat.revoked", "A seat was taken back (access ends today)", "subscriptionId:uuid", "email:string"),
    SEAT_CLAIMED("seat.claimed", "The person a seat was given to signed in and holds it",
            "subscriptionId:uuid", "email:string", "userId:uuid"),
    ORDER_PLACED("order.placed", "An order was placed", "number:string", "status:string", "total:money"),
    ORDER_PAID("order.paid", "An order was paid", "number:string", "status:string"),
    ORDER_CANCELLED("order.cancelled", "An order was cancelled and its money given back", "number:string", "status:string"),
    ORDER_ITEM_ASSOCIATED("order_item.associated", "A reseller associated a bought service with an end customer's email",
            "orderId:uuid", "subscriptionId:uuid?", "email:string"),
    ORDER_ITEM_CLAIMED("order_item.claimed", "The end customer took an associated service over",
            "orderId:uuid", "subscriptionId:uuid?", "customerCompanyId:uuid"),
    CREDIT_TOPPED_UP("credit.topped_up", "A reseller's prepaid credit was topped up", "amount:money", "balance:money"),
    CREDIT_DEBITED("credit.debited", "A reseller's prepaid credit paid for an order", "amount:money", "balance:money",
            "orderId:uuid?"),
    CONTRACT_CLAIMED("contract.claimed", "The company linked a support contract by proof", "number:string"),
    TICKET_CREATED("ticket.created", "A support ticket was opened", "number:string", "state:string", "contractId:uuid"),
    TICKET_REPLIED("ticket.replied", "A public reply was added to a ticket (internal notes never make an event)",
            "number:string", "messageId:uuid", "bySupport:boolean"),
    TICKET_STATE_CHANGED("ticket.state_changed", "A ticket's state changed", "number:string", "state:string",
            "previousState:string"),
    MEMBER_JOINED("member.joined", "A person joined the company", "userId:uuid", "email:string", "role:string"),
    MEMBER_REMOVED("member.removed", "A person left or was removed from the company", "userId:uuid", "email:string"),
    WEBHOOK_TEST("webhook.test", "A test event sent on request to one endpoint only", "endpointId:uuid");

    private static final Map<String, WebhookEventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WebhookEventType::value, Function.identity()));

    private final String value;
    private final String description;
    private final List<String> fields;

    WebhookEventType(String value, String description, String... fields) {
        this.value = value;
        this.description = description;
        this.fields = List.of(fields);
    }

    /** As it appears in {@code type} and in an endpoint's filter, e.g. {@code seat.assigned}. */
    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    /** The data fields besides id, companyId and link, as {@code name:kind[?]}. */
    public List<String> fields() {
        return fields;
    }

    public static Optional<WebhookEventType> of(String value) {
        return Optional.ofNullable(BY_NAME.get(value));
    }

    /** The types an endpoint may filter on (every one but the test event, which goes to one endpoint on request). */
    public static List<String> subscribable() {
        return Arrays.stream(values()).filter(t -> t != WEBHOOK_TEST).map(WebhookEventType::value).toList();
    }
}
