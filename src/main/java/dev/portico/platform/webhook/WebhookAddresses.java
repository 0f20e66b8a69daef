package dev.portico.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;

/** The {@link AddressGuard} with the configured allow-list and the system's resolver (which tests may replace). */
@ApplicationScoped
public class WebhookAddresses {

    @Inject
    WebhookConfig config;

    private volatile AddressGuard.Resolver resolver = InetAddress::getAllByName;

    /** Replaces the resolver (tests make a name resolve to a private address, at registration or later). */
    void resolveWith(AddressGuard.Resolver resolver) {
        this.resolver = resolver;
    }

    public AddressGuard guard() {
        return new AddressGuard(config.allowedHosts().orElse(List.of()), resolver);
    }
}
