package io.gongkai.commons.testing.contract;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link OpenApiContract} for every RestAssured call of every test. Registered through JUnit's
 * extension auto-detection: a module turns it on with {@code junit.jupiter.extensions.autodetection.enabled=true}
 * in its test resources' junit-platform.properties.
 */
public class OpenApiContractExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        // a @QuarkusTest runs in Quarkus' class loader, with its own RestAssured: install the filter there
        ClassLoader loader = context.getRequiredTestInstance().getClass().getClassLoader();
        Class<?> restAssured = loader.loadClass("io.restassured.RestAssured");
        Class<?> contract = loader.loadClass(OpenApiContract.class.getName());
        List<?> installed = (List<?>) restAssured.getMethod("filters").invoke(null);
        if (installed.stream().noneMatch(contract::isInstance)) {
            restAssured.getMethod("filters", List.class).invoke(null, List.of(contract.getDeclaredConstructor().newInstance()));
        }
    }
}
