package io.gongkai.gateway.openapi;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A gateway with no service behind it (every route points at a port nobody listens on, and the stub services
 * are not started): its /q/openapi is then its own document, with the merge's additions, so that the shared
 * document conventions and the parameter sweep check the gateway's own operations (each service's tests check
 * its own document; the stubs would only echo).
 */
public class OwnDocumentProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gongkai.routes.disclosure.url", "http://127.0.0.1:9",
                "gongkai.routes.inquiry.url", "http://127.0.0.1:9",
                "gongkai.routes.stats.url", "http://127.0.0.1:9");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
