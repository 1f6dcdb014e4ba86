package io.gongkai.gateway.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the gateway runs with the stub services of {@link Upstreams} behind it. */
@QuarkusTestResource(Upstreams.class)
public final class StubbedServices {

    private StubbedServices() {
    }
}
