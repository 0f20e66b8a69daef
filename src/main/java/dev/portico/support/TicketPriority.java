package dev.portico.support;

/** How urgent support considers a ticket (agents set it; customers do not see it). */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
