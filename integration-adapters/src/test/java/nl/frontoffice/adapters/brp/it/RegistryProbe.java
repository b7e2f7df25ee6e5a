package nl.frontoffice.adapters.brp.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonRegistry;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.RelatedPerson;

/**
 * Test-only resource in the component test's WAR: looks a BSN up through the injected {@link PersonRegistry} (the
 * adapter from {@code WEB-INF/lib}, with its fault tolerance interceptors) and returns the outcome as JSON, with the
 * time the look-up took.
 */
@Path("probe")
@RequestScoped
public class RegistryProbe {

    @Inject
    private PersonRegistry registry;

    @Context
    private UriInfo uriInfo;

    /**
     * @param bsn the BSN as the body
     * @return the outcome
     */
    @POST
    @Path("opzoeken")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public String lookUp(String bsn) {
        ItConfigSource.stubAt(uriInfo.getBaseUri());
        long start = System.nanoTime();
        PersonLookup lookup = registry.lookUp(Bsn.of(bsn.strip()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonObjectBuilder json = Json.createObjectBuilder().add("ms", millis)
                .add("implementation", registry.getClass().getName());
        if (lookup instanceof PersonLookup.Found found) {
            json.add("uitkomst", "found").add("persoon", person(found.registeredPerson()));
        } else if (lookup instanceof PersonLookup.Unavailable unavailable) {
            json.add("uitkomst", "unavailable").add("reden", unavailable.reason().name());
        } else {
            json.add("uitkomst", "notFound");
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder person(RegisteredPerson person) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("bsn", person.bsn().value())
                .add("naam", person.name().displayName())
                .add("geboortedatum", person.birthDate().toString())
                .add("geboortePrecisie", person.birthDate().precision().name());
        person.findAddress().ifPresent(address -> json.add("adres", Json.createObjectBuilder()
                .add("straatregel", address.streetLine())
                .add("postcodeEnWoonplaats", address.postcodeAndCity())));
        json.add("partners", related(person.partners()));
        json.add("kinderen", related(person.children()));
        return json;
    }

    private static JsonArrayBuilder related(java.util.List<RelatedPerson> people) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RelatedPerson related : people) {
            list.add(Json.createObjectBuilder()
                    .add("bsn", related.hasBsn() ? related.bsn().value() : "")
                    .add("naam", related.name().displayName())
                    .add("geboortedatum", related.birthDate().toString()));
        }
        return list;
    }
}
