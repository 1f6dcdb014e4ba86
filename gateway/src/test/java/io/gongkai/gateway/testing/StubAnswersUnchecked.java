package io.gongkai.gateway.testing;

import io.gongkai.commons.testing.contract.OpenApiContract;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The gateway's contract check: commons' {@link OpenApiContract} against the gateway's /q/openapi (the merged
 * document), except for answers relayed from the stub services of {@link Upstreams}. Those echo what reached
 * them ({@code X-Upstream} names the stub) instead of answering as the real service would, so checking them
 * against the services' documents would test the stubs; each service's own tests check its real answers. Every
 * answer the gateway gives itself is checked: its own operations, and on routed paths its refusals (400, 401,
 * 403, 413, 429, 503, 504), which the merged document declares for every routed operation.
 */
public class StubAnswersUnchecked extends OpenApiContract {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        if (response.getHeader(Upstreams.STUB_HEADER) != null) {
            return response;
        }
        return super.filter(request, responseSpec, new Answered(ctx, response));
    }

    /** A filter context whose next step is the exchange that already took place. */
    private record Answered(FilterContext delegate, Response response) implements FilterContext {

        @Override
        public Response next(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec) {
            return response;
        }

        @Override
        public Response send(io.restassured.specification.RequestSender requestSender) {
            return response;
        }

        @Override
        public void setValue(String name, Object value) {
            delegate.setValue(name, value);
        }

        @Override
        public boolean hasValue(String name) {
            return delegate.hasValue(name);
        }

        @Override
        public boolean hasValue(String name, Object value) {
            return delegate.hasValue(name, value);
        }

        @Override
        public <T> T getValue(String name) {
            return delegate.getValue(name);
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
