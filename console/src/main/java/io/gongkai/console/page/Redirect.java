package io.gongkai.console.page;

import jakarta.ws.rs.core.Response;

/** A 303 to a page of the console, by its path alone: never built from the caller's Host header. */
public final class Redirect {

    public static final String ROOT = "/console";

    private Redirect() {
    }

    /** {@code path} below the console's root, such as {@code /requests/YSQ-2022-000123}. */
    public static Response.ResponseBuilder to(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", ROOT + path);
    }
}
