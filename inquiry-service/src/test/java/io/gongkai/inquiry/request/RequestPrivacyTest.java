package io.gongkai.inquiry.request;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No name, ID number, phone, e-mail or address of an applicant in a public answer, the feed, or an auditor's view. */
@QuarkusTest
class RequestPrivacyTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String name = "隐私测试人" + tag;
    private final String idNumber = "33010619880" + String.format("%04d", Math.abs(tag.hashCode()) % 10000) + "121";
    private final String phone = "1371234" + String.format("%04d", Math.abs(tag.hashCode()) % 10000);
    private final String email = "private." + tag + "@example.org";
    private final String address = "浙江省杭州市西湖区隐私路" + tag + "号";

    private Map<String, Object> body() {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("type", "NATURAL_PERSON");
        applicant.put("name", name);
        applicant.put("idNumber", idNumber);
        applicant.put("phone", phone);
        applicant.put("email", email);
        applicant.put("address", address);
        return Requests.with(Requests.body(), "applicant", applicant, "deliveryMethod", "POST");
    }

    private void assertNoPersonalData(String where, String text) {
        for (String personal : List.of(name, idNumber, phone, email, address, "隐私测试人", "private." + tag, "隐私路")) {
            assertFalse(text.contains(personal), where + " shows " + personal + ": " + text);
        }
    }

    @Test
    void noPublicAnswerTheFeedOrAnAuditorShowsTheApplicant() {
        List<String[]> answers = new ArrayList<>();
        String submitted = given().contentType("application/json").body(body()).when().post("/api/v1/requests")
                .then().statusCode(201).extract().asString();
        answers.add(new String[] {"submit", submitted});
        String trackingNo = io.restassured.path.json.JsonPath.from(submitted).getString("trackingNo");
        String code = io.restassured.path.json.JsonPath.from(submitted).getString("accessCode");

        Requests.step(trackingNo, "accept", null).statusCode(200);
        Requests.step(trackingNo, "ask-clarification", null).statusCode(200);
        answers.add(new String[] {"clarified by applicant", given().header("X-Access-Code", code).contentType("application/json")
                .body("{}").when().post("/api/v1/requests/" + trackingNo + "/clarified").then().statusCode(200).extract().asString()});
        Requests.step(trackingNo, "fee-notice", Map.of("amount", 3)).statusCode(200);
        Requests.step(trackingNo, "fee-paid", null).statusCode(200);
        Requests.step(trackingNo, "reply", Requests.reply("DISCLOSED")).statusCode(200);

        answers.add(new String[] {"applicant view", Requests.applicantView(trackingNo, code).statusCode(200).extract().asString()});
        answers.add(new String[] {"applicant clock", given().header("X-Access-Code", code)
                .when().get("/api/v1/requests/" + trackingNo + "/clock").then().statusCode(200).extract().asString()});
        answers.add(new String[] {"wrong code", Requests.applicantView(trackingNo, "NOPE").statusCode(404).extract().asString()});
        answers.add(new String[] {"withdraw answered", given().header("X-Access-Code", code).contentType("application/json").body("{}")
                .when().post("/api/v1/requests/" + trackingNo + "/withdraw").then().statusCode(409).extract().asString()});
        answers.add(new String[] {"anonymous staff view", given().when().get("/api/v1/requests/" + trackingNo)
                .then().statusCode(401).extract().asString()});
        // bad input that carries personal data is refused without repeating it
        answers.add(new String[] {"too long", given().contentType("application/json")
                .body(Requests.with(body(), "applicant", Requests.with((Map<String, Object>) body().get("applicant"), "name", name.repeat(40))))
                .when().post("/api/v1/requests").then().statusCode(400).extract().asString()});
        answers.add(new String[] {"bad email", given().contentType("application/json")
                .body(Requests.with(body(), "applicant", Requests.with((Map<String, Object>) body().get("applicant"), "email", name)))
                .when().post("/api/v1/requests").then().statusCode(400).extract().asString()});
        answers.add(new String[] {"bad type", given().contentType("application/json")
                .body(Requests.with(body(), "applicant", Requests.with((Map<String, Object>) body().get("applicant"), "type", name)))
                .when().post("/api/v1/requests").then().statusCode(400).extract().asString()});
        answers.add(new String[] {"auditor view", Requests.staffView(Tokens.auditor(), trackingNo).statusCode(200).extract().asString()});
        answers.add(new String[] {"auditor list", given().auth().oauth2(Tokens.auditor()).queryParam("limit", 200)
                .when().get("/api/v1/requests").then().statusCode(200).extract().asString()});
        answers.add(new String[] {"auditor csv", given().auth().oauth2(Tokens.auditor()).accept("text/csv")
                .when().get("/api/v1/requests").then().statusCode(200).extract().asString()});
        answers.add(new String[] {"auditor clock", given().auth().oauth2(Tokens.auditor())
                .when().get("/api/v1/requests/" + trackingNo + "/clock").then().statusCode(200).extract().asString()});
        answers.add(new String[] {"feed", everyEvent()});
        for (String[] answer : answers) {
            assertNoPersonalData(answer[0], answer[1]);
        }
        // and the handler does see it: the test would prove nothing if the data were lost
        String handlerView = Requests.staffView(Tokens.handler(), trackingNo).statusCode(200).extract().asString();
        for (String personal : List.of(name, idNumber, phone, email, address)) {
            org.junit.jupiter.api.Assertions.assertTrue(handlerView.contains(personal), personal);
        }
    }

    private static String everyEvent() {
        StringBuilder all = new StringBuilder();
        String after = "0";
        while (true) {
            var page = given().header(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL).queryParam("after", after).queryParam("limit", 1000).when().get("/internal/v1/events")
                    .then().statusCode(200).extract();
            List<Object> events = page.path("events");
            if (events.isEmpty()) {
                return all.toString();
            }
            all.append(page.asString());
            after = page.path("nextPosition");
        }
    }
}
