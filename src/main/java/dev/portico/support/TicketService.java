package dev.portico.support;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.problem.Message;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tickets: opened by a member of the company that holds the contract, seen by everyone in that company and by
 * support agents; a thread of public replies and internal notes (which never reach customers — not in any
 * response, list or mail); CCs; closing and reopening at any time.
 */
@ApplicationScoped
@Transactional
public class TicketService {

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CompanyDirectory companies;

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportConfig config;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PorticoConfig portico;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    /**
     * Queue filters for agents. {@code text} is found in the ticket's number or title, its company's name, its contract's
     * number or its line's serial number or license key; {@code assignee} is "me", "none" or an agent's id.
     */
    public record QueueFilter(List<TicketState> states, UUID contractId, UUID companyId, Instant waitingBefore, String text,
            List<TicketPriority> priorities, String assignee) {
    }

    public TicketViews.TicketView open(TicketViews.TicketCreate request) {
        ContractLine line = em.find(ContractLine.class, request.contractLineId());
        SupportContract contract = line == null ? null : em.find(SupportContract.class, line.contractId);
        if (contract == null || contract.companyId == null || !access.isMember(contract.companyId)) {
            throw ProblemException.notFound("Contract line " + request.contractLineId());
        }
        java.time.ZoneId zone = companies.find(contract.companyId).map(CompanyInfo::zone).orElse(ZoneOffset.UTC);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (today.isBefore(contract.coverageStart) || today.isAfter(contract.coverageEnd)) {
            throw new ProblemException(SupportProblem.CONTRACT_NOT_ACTIVE, "Contract " + contract.number + " covers "
                    + contract.coverageStart + " to " + contract.coverageEnd + "; renew it to open tickets on it.");
        }
        AppUser me = currentUser.get();
        List<String> cc = normalisedCc(request.cc() == null ? List.of() : request.cc(), "cc");
        Instant now = clock.instant();
        Number next = (Number) em.createNativeQuery("select nextval('ticket_number_seq')").getSingleResult();
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.number = String.format("T-%d-%06d", now.atZone(zone).getYear(), next.longValue());
        t.companyId = contract.companyId;
        t.contractId = contract.id;
        t.contractLineId = line.id;
        t.reporterId = me.id;
        t.title = request.title().strip();
        t.description = request.description().strip();
        t.state = TicketState.OPEN;
        t.openedAt = now;
        t.waitingSince = now;
        t.updatedAt = now;
        em.persist(t);
        for (String email : cc) {
            em.persist(cc(t, email, me, now));
        }
        attach(request.attachmentIds(), t, null, me, "attachmentIds");
        emit(WebhookEventType.TICKET_CREATED, t, "state", t.state.name(), "contractId", t.contractId);
        audit.record(me, t.companyId, "TICKET", t.id, "TICKET_OPENED", "Opened " + t.number + " on contract "
                + contract.number + ": " + t.title);
        mail(t, "ticket-opened", null, Map.of("body", t.description));
        em.flush();
        return view(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID id) {
        Ticket t = readable(id, false);
        return new Versioned(view(t), t.version);
    }

    /** A company's tickets, most recently changed first; optionally only some states or one contract. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketViews.Page list(UUID companyId, List<TicketState> states, UUID contractId, String text, PageRequest page) {
        if (!currentUser.hasRole(Roles.BACKOFFICE)) { // back office reads any company's tickets (a customer's overview)
            access.requireMember(companyId);
        }
        Map<String, Object> params = new HashMap<>(Map.of("company", companyId));
        String where = "t.company_id = :company";
        if (like(text) != null) {
            where += " and (lower(t.number) like :text or lower(t.title) like :text)";
            params.put("text", like(text));
        }
        return page(where, params, states, contractId, null, page, false);
    }

    /** The agents' queue: who has waited longest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketViews.Page queue(QueueFilter filter, PageRequest page) {
        List<TicketState> states = filter.states() == null || filter.states().isEmpty()
                ? List.of(TicketState.OPEN, TicketState.WAITING_FOR_SUPPORT) : filter.states();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (filter.companyId() != null) {
            where.append(" and t.company_id = :company");
            params.put("company", filter.companyId());
        }
        if (like(filter.text()) != null) {
            // each part is a small indexed lookup (trigram indexes of V22) that the queue's own order then filters by
            where.append(" and (lower(t.number) like :text or lower(t.title) like :text")
                    .append(" or t.company_id in (select c.id from company c where lower(c.name) like :text)")
                    .append(" or t.contract_id in (select k.id from support_contract k where lower(k.number) like :text)")
                    .append(" or t.contract_line_id in (select l.id from support_contract_line l")
                    .append(" where lower(l.serial_number) like :text or lower(l.license_key) like :text))");
            params.put("text", like(filter.text()));
        }
        if (filter.priorities() != null && !filter.priorities().isEmpty()) {
            where.append(" and t.priority in (:priorities)");
            params.put("priorities", filter.priorities().stream().map(Enum::name).toList());
        }
        if ("none".equals(filter.assignee())) {
            where.append(" and t.assignee_id is null");
        } else if (filter.assignee() != null) {
            where.append(" and t.assignee_id = :assignee");
            params.put("assignee", "me".equals(filter.assignee()) ? currentUser.id() : UUID.fromString(filter.assignee()));
        }
        return page(where.toString(), params, states, filter.contractId(), filter.waitingBefore(), page, true);
    }

    /** The LIKE pattern "contains the text", case-insensitive, wildcards taken literally; null for a blank text. */
    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Support triage: an agent sets the ticket's priority and assigns it to an agent (or to no one), If-Match on the
     * ticket's version. Audited in the vendor's own trail (no company): the customer does not see triage.
     */
    public Versioned triage(UUID id, TicketViews.Triage request, String ifMatch) {
        Ticket t = readable(id, true);
        EntityTags.requireMatch(ifMatch, t.version);
        AppUser me = currentUser.get();
        if (request.assigneeId() != null && !request.assigneeId().equals(t.assigneeId)) {
            AppUser assignee = em.find(AppUser.class, request.assigneeId());
            if (assignee == null || !assignee.supportAgent) {
                throw ProblemException.invalid("assigneeId", Message.of("field.ticket.assignee-not-agent"));
            }
            t.assigneeId = assignee.id;
            audit.record(me, null, "TICKET", t.id, "TICKET_ASSIGNED", "Assigned " + t.number + " to "
                    + assignee.displayName());
        } else if (request.assigneeId() == null && t.assigneeId != null) {
            t.assigneeId = null;
            audit.record(me, null, "TICKET", t.id, "TICKET_UNASSIGNED", "Unassigned " + t.number);
        }
        if (request.priority() != t.priority) {
            audit.record(me, null, "TICKET", t.id, "TICKET_PRIORITY_CHANGED", "Changed the priority of " + t.number
                    + " from " + t.priority + " to " + request.priority());
            t.priority = request.priority();
        }
        em.flush();
        return new Versioned(view(t), t.version);
    }

    /** A ticket with its version (for the ETag). */
    public record Versioned(TicketViews.TicketView ticket, long version) {
    }

    /** The support agents tickets can be assigned to (as of their last sign-in), by email. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketViews.Agents agents(PageRequest page) {
        Cursor after = page.after();
        var query = em.createQuery("from AppUser u where u.supportAgent = true"
                + (after == null ? "" : " and u.email > :email") + " order by u.email", AppUser.class)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("email", after.key());
        }
        var slice = page.slice(query.getResultList(), u -> new Cursor(u.email, u.id));
        return new TicketViews.Agents(slice.items().stream().map(TicketService::person).toList(), slice.next());
    }

    public TicketViews.TicketView reply(UUID id, TicketViews.Reply request) {
        Ticket t = readable(id, true);
        boolean agent = isAgent();
        if (request.internal() && !agent) {
            throw ProblemException.forbidden("Only support agents write internal notes.");
        }
        AppUser me = currentUser.get();
        Instant now = clock.instant();
        TicketMessage m = new TicketMessage();
        m.id = UUID.randomUUID();
        m.ticketId = t.id;
        m.authorId = me.id;
        m.authorName = agent ? me.displayName() + " (support)" : me.displayName();
        m.fromAgent = agent;
        m.internal = request.internal();
        m.body = request.body().strip();
        m.createdAt = now;
        em.persist(m);
        attach(request.attachmentIds(), t, m, me, "attachmentIds");
        TicketState before = t.state;
        if (!m.internal) {
            if (TicketLifecycle.replyReopens(t.state, agent)) {
                audit.record(me, t.companyId, "TICKET", t.id, "TICKET_REOPENED",
                        "Reopened " + t.number + " (was " + t.state + ") by replying");
                t.closedAt = null;
            }
            TicketState next = TicketLifecycle.afterPublicReply(t.state, agent);
            if (next != t.state) {
                t.waitingSince = now;
            }
            t.state = next;
            mail(t, "ticket-reply", me.email, Map.of("body", m.body, "author", m.authorName));
        }
        if (m.internal) {
            // The vendor's own trail (no company): a note's existence, time and author are no business of the customer,
            // and the ticket does not count as changed for them either.
            audit.record(me, null, "TICKET", t.id, "TICKET_NOTE_ADDED", "Added an internal note to " + t.number);
        } else {
            t.updatedAt = now;
            audit.record(me, t.companyId, "TICKET", t.id, "TICKET_REPLIED", "Replied on " + t.number);
            // public replies only: an internal note makes no event at all, for any endpoint
            emit(WebhookEventType.TICKET_REPLIED, t, "messageId", m.id, "bySupport", agent);
            if (t.state != before) {
                emit(WebhookEventType.TICKET_STATE_CHANGED, t, "state", t.state.name(), "previousState", before.name());
            }
        }
        em.flush();
        return view(t);
    }

    public TicketViews.TicketView resolve(UUID id) {
        Ticket t = readable(id, true);
        refuse(TicketLifecycle.resolveRefusal(t.state, isAgent()));
        return change(t, TicketState.RESOLVED, "TICKET_RESOLVED", "Resolved ");
    }

    public TicketViews.TicketView close(UUID id) {
        Ticket t = readable(id, true);
        refuse(TicketLifecycle.closeRefusal(t.state));
        t.closedAt = clock.instant();
        return change(t, TicketState.CLOSED, "TICKET_CLOSED", "Closed ");
    }

    public TicketViews.TicketView reopen(UUID id) {
        Ticket t = readable(id, true);
        refuse(TicketLifecycle.reopenRefusal(t.state));
        t.closedAt = null;
        return change(t, TicketState.WAITING_FOR_SUPPORT, "TICKET_REOPENED", "Reopened ");
    }

    public List<String> addCc(UUID id, String email) {
        Ticket t = readable(id, true);
        String normalised = CurrentUser.normaliseEmail(email);
        if (em.find(TicketCc.class, new TicketCc.Key(t.id, normalised)) == null) {
            if (ccs(t.id).size() >= config.maxCc()) {
                throw ProblemException.invalid("email", "cannot be added: a ticket has at most " + config.maxCc()
                        + " CC addresses; remove one first");
            }
            AppUser me = currentUser.get();
            em.persist(cc(t, normalised, me, clock.instant()));
            audit.record(me, t.companyId, "TICKET", t.id, "TICKET_CC_ADDED", "Added " + normalised + " to " + t.number);
            em.flush();
        }
        return ccs(t.id);
    }

    public List<String> removeCc(UUID id, String email) {
        Ticket t = readable(id, true);
        TicketCc cc = em.find(TicketCc.class, new TicketCc.Key(t.id, CurrentUser.normaliseEmail(email)));
        if (cc != null) {
            em.remove(cc);
            audit.record(currentUser.get(), t.companyId, "TICKET", t.id, "TICKET_CC_REMOVED",
                    "Removed " + cc.email + " from " + t.number);
            em.flush();
        }
        return ccs(t.id);
    }

    /** The ticket if the caller is an agent or belongs to its company; 404 otherwise. */
    Ticket readable(UUID id, boolean lock) {
        Ticket t = em.find(Ticket.class, id);
        if (t == null || !(isAgent() || access.isMember(t.companyId))) {
            throw ProblemException.notFound("Ticket " + id);
        }
        if (lock) {
            em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
        }
        return t;
    }

    boolean isAgent() {
        return currentUser.hasRole(Roles.SUPPORT_AGENT);
    }

    private TicketViews.TicketView change(Ticket t, TicketState state, String action, String verb) {
        TicketState previous = t.state;
        Instant now = clock.instant();
        t.state = state;
        t.waitingSince = now;
        t.updatedAt = now;
        audit.record(currentUser.get(), t.companyId, "TICKET", t.id, action, verb + t.number + " (was " + previous + ")");
        if (state != previous) {
            emit(WebhookEventType.TICKET_STATE_CHANGED, t, "state", state.name(), "previousState", previous.name());
        }
        em.flush();
        return view(t);
    }

    private static void refuse(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new ProblemException(SupportProblem.TICKET_TRANSITION, reason);
        });
    }

    @SuppressWarnings("unchecked")
    private TicketViews.Page page(String where, Map<String, Object> params, List<TicketState> states, UUID contractId,
            Instant waitingBefore, PageRequest page, boolean byWaiting) {
        StringBuilder sql = new StringBuilder("select t.* from ticket t where ").append(where);
        Map<String, Object> all = new HashMap<>(params);
        if (states != null && !states.isEmpty()) {
            sql.append(" and t.state in (:states)");
            all.put("states", states.stream().map(Enum::name).toList());
        }
        if (contractId != null) {
            sql.append(" and t.contract_id = :contract");
            all.put("contract", contractId);
        }
        if (waitingBefore != null) {
            sql.append(" and t.waiting_since < :waitingBefore");
            all.put("waitingBefore", waitingBefore);
        }
        Cursor after = page.after();
        String key = byWaiting ? "t.waiting_since" : "t.updated_at";
        if (after != null) {
            sql.append(byWaiting ? " and (t.waiting_since, t.id) > (:at, :id)"
                    : " and (t.updated_at, t.id) < (:at, :id)");
            all.put("at", after.instantKey());
            all.put("id", after.id());
        }
        sql.append(" order by ").append(key).append(byWaiting ? " asc, t.id asc" : " desc, t.id desc")
                .append(" limit :limit");
        var query = em.createNativeQuery(sql.toString(), Ticket.class).setParameter("limit", page.fetchSize());
        all.forEach(query::setParameter);
        var slice = page.slice((List<Ticket>) query.getResultList(),
                t -> new Cursor((byWaiting ? t.waitingSince : t.updatedAt).toString(), t.id));
        Map<UUID, CompanyInfo> companyInfo = companies.find(slice.items().stream().map(t -> t.companyId).distinct().toList());
        Map<UUID, SupportContract> contracts = byId(SupportContract.class, c -> c.id,
                slice.items().stream().map(t -> t.contractId).toList());
        Map<UUID, ContractLine> lines = byId(ContractLine.class, l -> l.id,
                slice.items().stream().map(t -> t.contractLineId).toList());
        boolean agent = isAgent();
        Map<UUID, AppUser> people = byId(AppUser.class, u -> u.id, slice.items().stream()
                .flatMap(t -> agent && t.assigneeId != null ? java.util.stream.Stream.of(t.reporterId, t.assigneeId)
                        : java.util.stream.Stream.of(t.reporterId)).toList());
        return new TicketViews.Page(slice.items().stream().map(t -> new TicketViews.Summary(t.id, t.number, t.title,
                t.state, t.companyId, companyInfo.get(t.companyId).name(), contracts.get(t.contractId).number,
                label(lines.get(t.contractLineId)), people.get(t.reporterId).displayName(), t.openedAt, t.updatedAt,
                t.waitingSince, agent ? t.priority : null,
                agent && t.assigneeId != null ? person(people.get(t.assigneeId)) : null)).toList(), slice.next());
    }

    private static TicketViews.Person person(AppUser user) {
        return new TicketViews.Person(user.id, user.displayName(), user.email);
    }

    private <T> Map<UUID, T> byId(Class<T> type, java.util.function.Function<T, UUID> idOf, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from " + type.getSimpleName() + " x where x.id in :ids", type)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(idOf, x -> x));
    }

    TicketViews.TicketView view(Ticket t) {
        boolean agent = isAgent();
        SupportContract contract = em.find(SupportContract.class, t.contractId);
        ContractLine line = em.find(ContractLine.class, t.contractLineId);
        AppUser reporter = em.find(AppUser.class, t.reporterId);
        List<TicketMessage> messages = em.createQuery("from TicketMessage where ticketId = :t"
                        + (agent ? "" : " and internal = false") + " order by createdAt desc, id desc", TicketMessage.class)
                .setParameter("t", t.id).getResultList();
        Set<UUID> visible = messages.stream().map(m -> m.id).collect(Collectors.toSet());
        List<TicketAttachment> attachments = em.createQuery(
                        "from TicketAttachment where ticketId = :t order by uploadedAt, id", TicketAttachment.class)
                .setParameter("t", t.id).getResultList();
        Map<UUID, List<TicketViews.AttachmentView>> byMessage = attachments.stream()
                .filter(a -> a.messageId != null && visible.contains(a.messageId))
                .collect(Collectors.groupingBy(a -> a.messageId,
                        Collectors.mapping(TicketViews.AttachmentView::of, Collectors.toList())));
        boolean done = t.state == TicketState.RESOLVED || t.state == TicketState.CLOSED;
        return new TicketViews.TicketView(t.id, t.number, t.companyId,
                companies.find(t.companyId).map(CompanyInfo::name).orElse(""),
                new TicketViews.LineRef(contract.id, contract.number, line.id, label(line)), t.title, t.description,
                t.state, reporter.displayName(), reporter.email, t.openedAt, t.updatedAt, t.waitingSince, ccs(t.id),
                attachments.stream().filter(a -> a.messageId == null).map(TicketViews.AttachmentView::of).toList(),
                messages.stream().map(m -> new TicketViews.MessageView(m.id, m.authorName, m.fromAgent, m.internal, m.body,
                        m.createdAt, byMessage.getOrDefault(m.id, List.of()))).toList(),
                agent ? t.priority : null,
                agent && t.assigneeId != null ? person(em.find(AppUser.class, t.assigneeId)) : null,
                new TicketViews.Actions(true, agent, agent && !done, t.state != TicketState.CLOSED, done, true, agent));
    }

    static String label(ContractLine line) {
        if (line.kind == ContractLine.Kind.DEVICE) {
            String name = String.join(" ", java.util.stream.Stream.of(line.maker, line.model)
                    .filter(s -> s != null && !s.isBlank()).toList());
            return (name.isBlank() ? "Device" : name) + ", SN " + line.serialNumber;
        }
        return (line.productName == null ? "Software" : line.productName) + ", " + line.licenseKey;
    }

    private List<String> ccs(UUID ticketId) {
        return em.createQuery("select c.email from TicketCc c where c.ticketId = :t order by c.addedAt, c.email", String.class)
                .setParameter("t", ticketId).getResultList();
    }

    private List<String> normalisedCc(List<String> requested, String field) {
        Set<String> unique = new LinkedHashSet<>();
        requested.forEach(email -> unique.add(CurrentUser.normaliseEmail(email)));
        if (unique.size() > config.maxCc()) {
            throw ProblemException.invalid(field, "may hold at most " + config.maxCc() + " addresses");
        }
        return new ArrayList<>(unique);
    }

    private static TicketCc cc(Ticket t, String email, AppUser by, Instant at) {
        TicketCc cc = new TicketCc();
        cc.ticketId = t.id;
        cc.email = email;
        cc.addedAt = at;
        cc.addedBy = by.id;
        return cc;
    }

    /** Attaches my unattached uploads; anything else is named as a field error. */
    private void attach(List<UUID> ids, Ticket t, TicketMessage m, AppUser me, String field) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            TicketAttachment a = em.find(TicketAttachment.class, ids.get(i), LockModeType.PESSIMISTIC_WRITE);
            if (a == null || !a.uploadedBy.equals(me.id) || a.ticketId != null) {
                throw ProblemException.invalid(field + "[" + i + "]", "is not a file you uploaded and did not attach yet");
            }
            a.ticketId = t.id;
            a.messageId = m == null ? null : m.id;
        }
    }

    /** Mails the reporter and the CCs (never for internal notes; not to the author of the reply). */
    private void mail(Ticket t, String template, String author, Map<String, Object> extra) {
        AppUser reporter = em.find(AppUser.class, t.reporterId);
        CompanyInfo company = companies.find(t.companyId).orElseThrow();
        Map<String, Object> data = new HashMap<>(extra);
        data.put("number", t.number);
        data.put("title", t.title);
        data.put("state", t.state.name());
        data.put("ticketUrl", portico.publicUrl() + "/support/tickets/" + t.id);
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(reporter.email);
        recipients.addAll(ccs(t.id));
        for (String recipient : recipients) {
            if (recipient.equals(author)) {
                continue;
            }
            String locale = recipient.equals(reporter.email) ? reporter.locale : company.locale();
            outbox.enqueue("support/" + template, recipient, locale, data);
        }
    }


    private void emit(WebhookEventType type, Ticket t, Object... fields) {
        Object[] all = new Object[fields.length + 2];
        all[0] = "number";
        all[1] = t.number;
        System.arraycopy(fields, 0, all, 2, fields.length);
        webhooks.emit(type, t.companyId, t.id, "tickets/" + t.id, WebhookEvents.fields(all));
    }
}
