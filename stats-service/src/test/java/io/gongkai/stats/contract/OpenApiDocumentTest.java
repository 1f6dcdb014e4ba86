package io.gongkai.stats.contract;

import io.gongkai.commons.testing.contract.OpenApiDocumentConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentConventionsTest {
}
