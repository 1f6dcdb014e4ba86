package io.gongkai.disclosure.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.stream.Collectors;

/**
 * The answer alone checked against the service's document, for the few exchanges whose request is outside the document
 * on purpose and still succeeds (the contract filter would check that request too): a batch push whose bad records are
 * rejected one by one in a 200, closed-set and true/false parameters in another letter case than the document's.
 * Send such a request with {@code given().noFilters()} and pass its answer here.
 */
public final class AnswerCheck {

    private static OpenApiInteractionValidator validator;

    private AnswerCheck() {
    }

    public static Response matchesDocument(String method, String path, Response response) {
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method), RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " -> " + response.statusCode() + " does not match the document:\n"
                    + report.getMessages().stream().map(m -> "  - " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")));
        }
        return response;
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            String document = RestAssured.given().noFilters().queryParam("format", "json").get("/q/openapi").asString();
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        }
        return validator;
    }
}
