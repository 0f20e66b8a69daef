package dev.portico.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Hibernate Validator writes constraint messages in the caller's language ({@link CallerLanguage}), so that a profile
 * language wins over {@code Accept-Language} here too. It replaces Quarkus' header-only resolver, which
 * {@code quarkus.arc.exclude-types} leaves out.
 */
@Singleton
public class ValidationLocale implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return context.getDefaultLocale();
        }
        return Arc.container().instance(CallerLanguage.class).get().locale();
    }
}
