package dev.portico.platform.problem;

/**
 * A kind of problem with a stable type URI ({@code /problems/<slug>}) that integrations can branch on.
 * Each feature keeps its own kinds as constants made with {@link #of}, listed in an {@code ALL} field.
 */
public interface ProblemKind {

    String slug();

    int status();

    String title();

    default String type() {
        return "/problems/" + slug();
    }

    /** A problem kind defined by its three parts; features keep theirs as constants. */
    static ProblemKind of(String slug, int status, String title) {
        return new Definition(slug, status, title);
    }

    /** The plain implementation behind {@link #of}. */
    record Definition(String slug, int status, String title) implements ProblemKind {
    }
}
