package io.gongkai.inquiry.platform;

import io.gongkai.commons.testing.contract.OpenApiDocumentConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentConventionsTest {
}
