package nl.frontoffice.adapters.brp;

import java.util.Map;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * The one place where the BRP request headers are set: the API key ({@code X-API-KEY}) and the protocol headers
 * that tell the BRP for which purpose and processing activity it is asked ({@code x-doelbinding},
 * {@code x-verwerking}, {@code x-gebruiker}, {@code x-origin-oin}; see {@link BrpSettings}). The OpenAPI
 * specification declares no headers: these follow the practice of the RvIG gateway and the municipal BRP proxies.
 * Only configured headers are sent.
 */
final class BrpRequestHeaders implements ClientRequestFilter {

    static final String API_KEY_HEADER = "X-API-KEY";

    private final BrpSettings settings;

    BrpRequestHeaders(BrpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filter(ClientRequestContext request) {
        apply(request.getHeaders()::putSingle);
    }

    /**
     * @param header receives each header name and value, in order
     */
    void apply(java.util.function.BiConsumer<String, Object> header) {
        settings.apiKey().ifPresent(key -> header.accept(API_KEY_HEADER, key));
        for (Map.Entry<String, String> protocol : settings.protocolHeaders().entrySet()) {
            header.accept(protocol.getKey(), protocol.getValue());
        }
        header.accept("Accept", "application/json");
    }
}
