package io.gongkai.disclosure.contract;

import io.gongkai.commons.testing.contract.OpenApiDocumentConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DisclosureDocumentTest extends OpenApiDocumentConventionsTest {
}
