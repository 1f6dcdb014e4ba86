package io.gongkai.commons.testing.contract;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link OpenApiContract} for every RestAssured call of every test of a module that has the
 * marker resource {@value #MARKER} in its test resources (and swagger-request-validator-restassured as a test
 * dependency). Registered through JUnit's extension auto-detection, which Quarkus' test framework turns on.
 */
public class OpenApiContractExtension implements BeforeEachCallback {

    static final String MARKER = "openapi-contract.enabled";

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        // a @QuarkusTest runs in Quarkus' class loader, with its own RestAssured: install the filter there
        ClassLoader loader = context.getRequiredTestInstance().getClass().getClassLoader();
        if (loader.getResource(MARKER) == null) {
            return;
        }
        Class<?> restAssured = loader.loadClass("io.restassured.RestAssured");
        Class<?> contract = loader.loadClass(OpenApiContract.class.getName());
        List<?> installed = (List<?>) restAssured.getMethod("filters").invoke(null);
        if (installed.stream().noneMatch(contract::isInstance)) {
            restAssured.getMethod("filters", List.class).invoke(null, List.of(contract.getDeclaredConstructor().newInstance()));
        }
    }
}
