package dev.portico.support;

import dev.portico.platform.PorticoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Demo support contracts: K100200 of a Polish customer not yet claimed (to try the claim by proof: NIP 7740001454,
 * serial FGT60F-DEMO-0001 or license key EMS-2026-DEMO-0001), and K100300 already linked to Borealis. Loaded once,
 * only when {@code portico.demo-data.enabled} is true.
 */
@ApplicationScoped
public class SupportDemoData {

    static final UUID UNCLAIMED = UUID.fromString("e0000000-0000-4000-a000-000000000001");
    static final UUID BOREALIS_CONTRACT = UUID.fromString("e0000000-0000-4000-a000-000000000002");
    static final UUID BOREALIS = UUID.fromString("b0000000-0000-4000-a000-000000000002");

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(1400) StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    @Transactional
    public void load() {
        if (em.find(SupportContract.class, UNCLAIMED) != null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        SupportContract open = contract(UNCLAIMED, "K100200", "Nordic Frames sp. z o.o.", "7740001454", "NBD",
                today.minusMonths(2), today.plusMonths(10), null, now);
        line(open, 1, ContractLine.Kind.DEVICE, "Fortinet", "FortiGate 60F", "FGT60F-DEMO-0001", null, null);
        line(open, 2, ContractLine.Kind.DEVICE, "Fortinet", "FortiSwitch 124F", "S124F-DEMO-0002", null, null);
        line(open, 3, ContractLine.Kind.SOFTWARE, null, null, null, "FortiClient EMS", "EMS-2026-DEMO-0001");
        SupportContract claimed = contract(BOREALIS_CONTRACT, "K100300", "Borealis Systems Sp. z o.o.", "5260250274",
                "24x7", today.minusMonths(6), today.plusMonths(6), BOREALIS, now);
        line(claimed, 1, ContractLine.Kind.DEVICE, "Cisco", "Catalyst 9200", "JAE-DEMO-0300", null, null);
        line(claimed, 2, ContractLine.Kind.SOFTWARE, null, null, null, "Cisco DNA Advantage", "DNA-ADV-DEMO-0300");
    }

    private SupportContract contract(UUID id, String number, String customer, String nip, String level, LocalDate start,
            LocalDate end, UUID companyId, Instant now) {
        SupportContract c = new SupportContract();
        c.id = id;
        c.number = number;
        c.customerName = customer;
        c.customerCountry = "PL";
        c.customerTaxId = nip;
        c.taxIdKey = TaxIds.key("PL", nip);
        c.serviceLevel = level;
        c.coverageStart = start;
        c.coverageEnd = end;
        c.companyId = companyId;
        c.claimedAt = companyId == null ? null : now;
        c.createdAt = now;
        c.updatedAt = now;
        em.persist(c);
        return c;
    }

    private void line(SupportContract c, int no, ContractLine.Kind kind, String maker, String model, String serial,
            String product, String key) {
        ContractLine l = new ContractLine();
        l.id = UUID.nameUUIDFromBytes((c.number + "/" + no).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        l.contractId = c.id;
        l.lineNo = no;
        l.kind = kind;
        l.maker = maker;
        l.model = model;
        l.serialNumber = serial;
        l.productName = product;
        l.licenseKey = key;
        l.proofKey = ContractLine.proofKey(kind == ContractLine.Kind.DEVICE ? serial : key);
        em.persist(l);
    }
}
