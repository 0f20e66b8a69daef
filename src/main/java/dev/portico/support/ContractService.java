package dev.portico.support;

import dev.portico.account.CompanyDirectory;
import java.util.Set;
import jakarta.validation.Validator;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ConstraintViolation;
import dev.portico.account.CompanyProvisioning;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimiter;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Support contracts: created by back office or integrations, claimed by a company with proof, listed for it. */
@ApplicationScoped
@Transactional
public class ContractService {

    private static final Map<String, String> ZONES = Map.of("PL", "Europe/Warsaw", "DE", "Europe/Berlin",
            "AT", "Europe/Vienna", "IT", "Europe/Rome", "FR", "Europe/Paris", "CH", "Europe/Zurich");

    @Inject
    Validator validator;

    @Inject
    CompanyDirectory directory;

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CompanyProvisioning provisioning;

    @Inject
    CurrentUser currentUser;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SupportConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    public ContractViews.ContractView create(ContractViews.ContractCreate request) {
        TaxIds.problem(request.customerCountry(), request.customerTaxId())
                .ifPresent(problem -> {
                    throw ProblemException.invalid("customerTaxId", problem);
                });
        if (request.coverageEnd().isBefore(request.coverageStart())) {
            throw ProblemException.invalid("coverageEnd", "must not be before coverageStart");
        }
        for (int i = 0; i < request.lines().size(); i++) {
            ContractViews.LineCreate line = request.lines().get(i);
            if (line.kind() == ContractLine.Kind.DEVICE && blank(line.serialNumber())) {
                throw ProblemException.invalid("lines[" + i + "].serialNumber", "is required for a device");
            }
            if (line.kind() == ContractLine.Kind.SOFTWARE && blank(line.licenseKey())) {
                throw ProblemException.invalid("lines[" + i + "].licenseKey", "is required for software");
            }
        }
        Long taken = em.createQuery("select count(c) from SupportContract c where c.number = :n", Long.class)
                .setParameter("n", request.number()).getSingleResult();
        if (taken > 0) {
            throw new ProblemException(SupportProblem.CONTRACT_NUMBER_TAKEN,
                    "A contract numbered " + request.number() + " exists already.");
        }
        Instant now = clock.instant();
        SupportContract c = new SupportContract();
        c.id = UUID.randomUUID();
        c.number = request.number();
        c.customerName = request.customerName().strip();
        c.customerCountry = request.customerCountry();
        c.customerTaxId = request.customerTaxId().strip();
        c.taxIdKey = TaxIds.key(c.customerCountry, c.customerTaxId);
        c.serviceLevel = request.serviceLevel().strip();
        c.coverageStart = request.coverageStart();
        c.coverageEnd = request.coverageEnd();
        c.createdAt = now;
        c.updatedAt = now;
        em.persist(c);
        int lineNo = 0;
        for (ContractViews.LineCreate definition : request.lines()) {
            ContractLine line = new ContractLine();
            line.id = UUID.randomUUID();
            line.contractId = c.id;
            line.lineNo = ++lineNo;
            line.kind = definition.kind();
            line.maker = trim(definition.maker());
            line.model = trim(definition.model());
            line.serialNumber = trim(definition.serialNumber());
            line.productName = trim(definition.productName());
            line.licenseKey = trim(definition.licenseKey());
            line.proofKey = ContractLine.proofKey(line.kind == ContractLine.Kind.DEVICE ? line.serialNumber : line.licenseKey);
            em.persist(line);
        }
        CurrentUser.Actor actor = currentUser.actor();
        audit.record(actor.userId(), actor.name(), null, "SUPPORT_CONTRACT", c.id, "CONTRACT_CREATED",
                "Created support contract " + c.number + " for " + c.customerName + " (" + request.lines().size() + " line(s))");
        em.flush();
        return view(c);
    }

    /**
     * Links the caller's company to a contract when tax ID, contract number and a line's serial number or license
     * key all match. Format errors name the field; a mismatch says nothing about which part was wrong. Guessing is
     * limited three ways, each counted before anything is looked up (so a right proof after the limit is refused
     * too): every attempt, malformed or not, counts for the person (by token subject, whether or not they have a user
     * record yet); every well-formed one also counts for its contract number and for its tax ID, whoever tries.
     */
    public ContractViews.ContractView claim(ContractViews.Claim claim) {
        rateLimiter.consume("contract-claims:person:" + currentUser.subject(), config.claimAttempts(),
                config.claimWindow(), "contract claims");
        Set<ConstraintViolation<ContractViews.Claim>> violations = validator.validate(claim);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        TaxIds.problem(claim.country(), claim.taxId()).ifPresent(problem -> {
            throw ProblemException.invalid("taxId", problem);
        });
        rateLimiter.consume("contract-claims:contract:" + claim.contractNumber(), config.claimAttemptsPerContract(),
                config.claimWindow(), "claims of this contract");
        rateLimiter.consume("contract-claims:tax-id:" + TaxIds.key(claim.country(), claim.taxId()),
                config.claimAttemptsPerContract(), config.claimWindow(), "claims with this tax ID");
        AppUser me = currentUser.get();
        List<SupportContract> found = em.createQuery("""
                        select c from SupportContract c where c.number = :number and c.taxIdKey = :tax
                        and exists (select 1 from ContractLine l where l.contractId = c.id and l.proofKey = :proof)""",
                        SupportContract.class)
                .setParameter("number", claim.contractNumber())
                .setParameter("tax", TaxIds.key(claim.country(), claim.taxId()))
                .setParameter("proof", ContractLine.proofKey(claim.serialOrLicenseKey()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw new ProblemException(SupportProblem.PROOF_MISMATCH, "These details do not match a support contract. "
                    + "Check the tax ID, the contract number (from the mail confirming the contract) and the serial "
                    + "number or license key of one of its lines.");
        }
        SupportContract c = found.get(0);
        UUID companyId = companyFor(claim, c, me);
        if (c.companyId != null && !c.companyId.equals(companyId)) {
            throw new ProblemException(SupportProblem.CONTRACT_CLAIMED, "Contract " + c.number + " is linked to "
                    + "another company already. Ask that company's admin to invite you.");
        }
        if (c.companyId == null) {
            c.companyId = companyId;
            c.claimedAt = clock.instant();
            c.claimedBy = me.id;
            c.updatedAt = c.claimedAt;
            webhooks.emit(WebhookEventType.CONTRACT_CLAIMED, companyId, c.id, "support-contracts/" + c.id,
                    WebhookEvents.fields("number", c.number));
            audit.record(me, companyId, "SUPPORT_CONTRACT", c.id, "CONTRACT_CLAIMED",
                    me.email + " linked support contract " + c.number + " to the company by proof");
            em.flush();
        }
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractViews.ContractPage list(UUID companyId, boolean includeExpired, PageRequest page) {
        if (!currentUser.hasRole(dev.portico.platform.security.Roles.BACKOFFICE)) { // back office: a customer's overview
            access.requireMember(companyId);
        }
        Cursor after = page.after();
        var query = em.createQuery("from SupportContract c where c.companyId = :company"
                        + (includeExpired ? "" : " and c.coverageEnd >= :today")
                        + (after == null ? "" : " and (c.number, c.id) > (:afterNumber, :afterId)")
                        + " order by c.number, c.id", SupportContract.class)
                .setParameter("company", companyId)
                .setMaxResults(page.fetchSize());
        if (!includeExpired) {
            query.setParameter("today", today(companyId));
        }
        if (after != null) {
            query.setParameter("afterNumber", after.key()).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), c -> new Cursor(c.number, c.id));
        Map<UUID, List<ContractLine>> lines = lines(slice.items().stream().map(c -> c.id).toList());
        return new ContractViews.ContractPage(slice.items().stream()
                .map(c -> view(c, lines.getOrDefault(c.id, List.of()))).toList(), slice.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractViews.ContractView get(UUID id) {
        SupportContract c = em.find(SupportContract.class, id);
        boolean staff = currentUser.hasRole(dev.portico.platform.security.Roles.BACKOFFICE)
                || currentUser.hasRole(dev.portico.platform.security.Roles.SUPPORT_AGENT)
                || currentUser.isIntegration();
        if (c == null || !(staff || (c.companyId != null && access.isMember(c.companyId)))) {
            throw ProblemException.notFound("Support contract " + id);
        }
        return view(c);
    }

    private UUID companyFor(ContractViews.Claim claim, SupportContract c, AppUser me) {
        if (claim.companyId() != null) {
            access.requireAdmin(claim.companyId());
            return claim.companyId();
        }
        List<UUID> adminOf = access.adminCompanyIds();
        if (adminOf.size() == 1) {
            return adminOf.get(0);
        }
        if (adminOf.size() > 1) {
            throw ProblemException.invalid("companyId", "is required: you administer several companies; choose one");
        }
        List<UUID> memberOf = em.createQuery("select m.companyId from Membership m where m.userId = :me", UUID.class)
                .setParameter("me", me.id).getResultList();
        if (!memberOf.isEmpty()) {
            throw ProblemException.forbidden("Only a company admin links a support contract to the company; ask yours.");
        }
        return provisioning.homeCompanyOf(me, new CompanyProvisioning.NewCompany(c.customerName, c.customerCountry,
                c.customerTaxId, ZONES.getOrDefault(c.customerCountry, "UTC")));
    }

    /** Today where the contract's customer is: its company's time zone, or its country's until someone claims it. */
    LocalDate today(SupportContract c) {
        java.time.ZoneId zone = c.companyId == null ? java.time.ZoneId.of(ZONES.getOrDefault(c.customerCountry, "UTC"))
                : directory.find(c.companyId).map(CompanyDirectory.CompanyInfo::zone).orElse(ZoneOffset.UTC);
        return clock.instant().atZone(zone).toLocalDate();
    }

    private LocalDate today(UUID companyId) {
        return clock.instant().atZone(directory.find(companyId).map(CompanyDirectory.CompanyInfo::zone)
                .orElse(ZoneOffset.UTC)).toLocalDate();
    }

    private Map<UUID, List<ContractLine>> lines(List<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from ContractLine where contractId in :ids order by lineNo", ContractLine.class)
                .setParameter("ids", contractIds).getResultStream().collect(Collectors.groupingBy(l -> l.contractId));
    }

    private ContractViews.ContractView view(SupportContract c) {
        return view(c, lines(List.of(c.id)).getOrDefault(c.id, List.of()));
    }

    private ContractViews.ContractView view(SupportContract c, List<ContractLine> lines) {
        LocalDate today = today(c);
        return new ContractViews.ContractView(c.id, c.number, c.customerName, c.customerTaxId, c.serviceLevel,
                c.coverageStart, c.coverageEnd, !today.isBefore(c.coverageStart) && !today.isAfter(c.coverageEnd),
                c.companyId, lines.stream().map(ContractViews.LineView::of).toList());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}
