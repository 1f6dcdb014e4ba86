package io.gongkai.gateway.openapi;

import io.gongkai.commons.testing.contract.OpenApiDocumentConventionsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The gateway's own operations keep the document conventions every service keeps. */
@QuarkusTest
@TestProfile(OwnDocumentProfile.class)
class GatewayDocumentConventionsTest extends OpenApiDocumentConventionsTest {
}
