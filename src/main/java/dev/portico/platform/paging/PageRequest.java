package dev.portico.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} query parameters every list endpoint takes. */
public class PageRequest {

    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Items per page, 1 to 100 (default 20)")
    public int limit = 20;

    @QueryParam("cursor")
    @jakarta.validation.constraints.Size(max = 500)
    @Parameter(description = "Opaque cursor from the `next` field of the previous page")
    public String cursor;

    /** Made in code rather than read from a request: its cursors belong to no particular list. */
    private boolean cursorless;

    public static PageRequest of(int limit, String cursor) {
        PageRequest request = new PageRequest();
        request.cursorless = true;
        request.limit = limit;
        request.cursor = cursor;
        return request;
    }

    public Cursor after() {
        return Cursor.decode(cursor, scope());
    }

    /** The path and the query parameters other than {@code limit} and {@code cursor}, in a stable order. */
    String scope() {
        var request = org.jboss.resteasy.reactive.server.core.CurrentRequestManager.get();
        if (request == null || cursorless) {
            return "";
        }
        jakarta.ws.rs.core.UriInfo list = request.getUriInfo();
        StringBuilder scope = new StringBuilder(list.getPath());
        new java.util.TreeMap<>(list.getQueryParameters()).forEach((name, values) -> {
            if (!name.equals("limit") && !name.equals("cursor")) {
                scope.append('&').append(name).append('=').append(String.join(",", values));
            }
        });
        return scope.toString();
    }

    /** Rows to fetch: one more than the limit tells whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Cuts the fetched rows to the page and computes the cursor of the next page.
     *
     * @param rows     up to {@link #fetchSize()} rows in page order
     * @param cursorOf the cursor pointing after a row
     */
    public <T> Slice<T> slice(List<T> rows, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Slice<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Slice<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)).encode(scope()));
    }

    /** One page of rows and the cursor of the next page ({@code null} on the last page). */
    public record Slice<T>(List<T> items, String next) {

        public <R> Slice<R> map(Function<T, R> mapper) {
            return new Slice<>(items.stream().map(mapper).toList(), next);
        }
    }
}
