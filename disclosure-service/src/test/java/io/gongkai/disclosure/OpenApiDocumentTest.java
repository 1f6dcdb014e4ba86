package io.gongkai.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void errorAnswersAreDeclaredOnceAndReferencedByEachOperation() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem", notNullValue())
                .body("components.responses.NotFound.content.'application/problem+json'.schema.'$ref'",
                        is("#/components/schemas/Problem"))
                .body("components.responses.BadRequest", notNullValue())
                .body("paths.'/api/v1/items/{id}'.get.responses.'404'.'$ref'", is("#/components/responses/NotFound"))
                .body("paths.'/api/v1/items'.get.responses.'400'.'$ref'", is("#/components/responses/BadRequest"))
                .body("paths.'/api/v1/checklist/coverage'.get.responses.'400'.'$ref'", is("#/components/responses/BadRequest"));
    }
}
