package dev.portico.catalog;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** The catalog's problem types. */
public final class CatalogProblem {

    public static final ProblemKind PRODUCT_CODE_TAKEN = ProblemKind.of("product-code-taken", 409, "Another product has this code");

    public static final List<ProblemKind> ALL = List.of(PRODUCT_CODE_TAKEN);

    private CatalogProblem() {
    }
}
