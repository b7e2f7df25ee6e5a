package nl.frontoffice.adapters.brp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The one operation of Haal Centraal BRP Personen 2.x that the adapter uses: {@code POST /personen}. Bodies are
 * JSON text, built and read with Jakarta JSON Processing by {@link BrpQuery} and {@link BrpPersonMapper}, so the
 * client needs no JSON provider of its own. The path is on the method, not the interface, so that a JAX-RS server
 * scanning this library does not take the interface for a resource. An HTTP error status becomes an exception in
 * {@link BrpResponseExceptionMapper}.
 */
interface PersonenApi {

    /** The request's media type, as the specification names it. */
    String JSON_UTF8 = "application/json; charset=utf-8";

    /**
     * @param query a {@code PersonenQuery} as JSON text
     * @return the {@code PersonenQueryResponse} as JSON text
     */
    @POST
    @Path("/personen")
    @Consumes(JSON_UTF8)
    @Produces("application/json")
    String personen(String query);
}
