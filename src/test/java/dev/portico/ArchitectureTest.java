package dev.portico;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the feature packages apart and the platform independent of every feature (STYLE.md). */
class ArchitectureTest {

    static final List<String> FEATURES = List.of("account", "catalog", "subscription", "seat", "order", "support");

    final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico");

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dev.portico.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> "dev.portico." + f + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featuresDoNotReachIntoEachOthersEntities() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "dev.portico." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.portico." + feature + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(others)
                            .and(CanBeAnnotated.Predicates.annotatedWith(jakarta.persistence.Entity.class)))
                    .because("features use each other's services, never each other's entities")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
