package io.gongkai.commons.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts a service against a loopback port where the database appears only later (see TcpForwarder). */
public class DatabaseLaterProfile implements QuarkusTestProfile {

    public static final int PORT = TcpForwarder.freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "GONGKAI_DB_HOST", "127.0.0.1",
                "GONGKAI_DB_PORT", Integer.toString(PORT),
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "gongkai.schema.retry-seconds", "1");
    }
}
