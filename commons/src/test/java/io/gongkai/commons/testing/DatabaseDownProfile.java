package io.gongkai.commons.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts a service against a database address where nothing listens. */
public class DatabaseDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/unreachable",
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "gongkai.schema.retry-seconds", "3600");
    }
}
