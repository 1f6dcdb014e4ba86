package io.gongkai.commons.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A RestAssured filter that checks every answer a test receives against the service's own OpenAPI
 * document (read once per running service from its /q/openapi), and the request too when the answer
 * is a success: bad-input tests send invalid requests on purpose. A mismatch fails the test.
 */
public class OpenApiContract implements OrderedFilter {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        // after every other filter (authentication, logging): the exchange as it really went
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!Exemptions.validated(uri.getPath())) {
            return response;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
                OpenApiContract::load);
        // RestAssured adds the header of auth().oauth2(...) while sending, after every filter: the request the
        // validator is shown must carry it as it went, or every secured success reads as "security missing"
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer
                && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + bearer.getAccessToken());
        }
        Request asked = RestAssuredRequest.of(request);
        ValidationReport report = validator.validateResponse(asked.getPath(), asked.getMethod(), RestAssuredResponse.of(response));
        if (response.statusCode() < 400) {
            report = report.merge(validator.validateRequest(asked));
        }
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + uri.getRawPath() + " -> " + response.statusCode()
                    + " does not match the service's OpenAPI document:\n" + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nanswer: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + base + ": " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    .withLevelResolver(Exemptions.levels(LevelResolver.create()).build()).build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
