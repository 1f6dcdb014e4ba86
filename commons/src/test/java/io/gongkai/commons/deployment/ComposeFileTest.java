package io.gongkai.commons.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this checks that it matches what the
 * services expect: the port each listens on, a readiness health check on that port, every GONGKAI_*
 * variable it sets being one the service reads, the database and key settings present, and only the
 * gateway published.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, String> DATABASE_OF = Map.of(
            "gateway", "gateway", "disclosure-service", "disclosure", "inquiry-service", "inquiry", "stats-service", "stats");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(GONGKAI_[A-Z0-9_]+)");

    @Test
    void everyServiceMatchesItsConfiguration() throws IOException {
        JsonNode services = compose().get("services");
        assertNotNull(services.get("postgres"), "a postgres service");
        for (String name : DATABASE_OF.keySet()) {
            JsonNode service = services.get(name);
            assertNotNull(service, name + " is in docker-compose.yml");
            Properties config = applicationProperties(name);
            String port = config.getProperty("quarkus.http.port");

            String health = service.get("healthcheck").get("test").toString();
            assertTrue(health.contains("localhost:" + port + "/q/health/ready"), name + " health check uses its port " + port);

            JsonNode environment = service.get("environment");
            Set<String> read = variablesRead(name);
            for (Iterator<String> keys = environment.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (key.startsWith("GONGKAI_")) {
                    assertTrue(read.contains(key), name + " reads " + key + " (set in docker-compose.yml)");
                }
            }
            for (String needed : new String[] {"GONGKAI_DB_HOST", "GONGKAI_DB_PORT", "GONGKAI_DB_USER",
                    "GONGKAI_DB_PASSWORD", "GONGKAI_JWT_PUBLIC_KEY"}) {
                assertNotNull(environment.get(needed), name + " gets " + needed);
            }
            assertEquals("postgres", environment.get("GONGKAI_DB_HOST").asText());
            assertEquals(DATABASE_OF.get(name), environment.get("GONGKAI_DB_USER").asText(),
                    name + " logs in with its own role, named like its database");
            assertEquals("service_healthy", service.get("depends_on").get("postgres").get("condition").asText());

            Path dockerfile = ROOT.resolve(name).resolve(service.get("build").get("dockerfile").asText());
            assertTrue(Files.readString(dockerfile).contains("EXPOSE " + port), name + " Dockerfile exposes " + port);
            assertEquals(!"gateway".equals(name), service.get("ports") == null, "only the gateway is published");
        }
    }

    @Test
    void theGatewayWaitsForHealthyServicesAndIsPublishedOn8080() throws IOException {
        JsonNode gateway = compose().get("services").get("gateway");
        for (String upstream : new String[] {"disclosure-service", "inquiry-service", "stats-service"}) {
            assertEquals("service_healthy", gateway.get("depends_on").get(upstream).get("condition").asText());
        }
        assertEquals("8080:8080", gateway.get("ports").get(0).asText());
    }

    @Test
    void theInitScriptCreatesEveryDatabase() throws IOException {
        String init = Files.readString(ROOT.resolve("scripts/compose/init-databases.sh"));
        for (String database : DATABASE_OF.values()) {
            assertTrue(init.contains(database), "init script creates " + database);
        }
        assertFalse(Files.readString(ROOT.resolve("docker-compose.yml")).matches("(?s).*PASSWORD: [^$\\n]+\\n.*"),
                "no password is written into docker-compose.yml");
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> variablesRead(String service) throws IOException {
        Set<String> names = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
