package dev.portico.platform.http;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import java.util.Map;
import jakarta.ws.rs.core.EntityTag;

/** ETags derived from an entity's version column, and the If-Match check every update runs. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails unless {@code ifMatch} names the current version: missing → 428, stale → 412.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(CommonProblem.PRECONDITION_REQUIRED, Message.of("detail.precondition-required"),
                    null, Map.of());
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(CommonProblem.PRECONDITION_FAILED, Message.of("detail.precondition-failed"), null,
                Map.of());
    }
}
