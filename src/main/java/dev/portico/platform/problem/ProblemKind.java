package dev.portico.platform.problem;

/**
 * A kind of problem with a stable type URI ({@code /problems/<slug>}) that integrations can branch on.
 * Each feature lists its own kinds in an enum implementing this interface.
 */
public interface ProblemKind {

    String slug();

    int status();

    String title();

    default String type() {
        return "/problems/" + slug();
    }
}
