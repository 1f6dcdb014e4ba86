package io.gongkai.console;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A staff member in a browser: the sign-in page (its CSRF cookie and token), the sign-in, then pages and form posts. */
final class Staff {

    final String csrfCookie;
    final String csrfToken;
    String session;

    private Staff(String csrfCookie, String csrfToken) {
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    /** The sign-in page opened, nobody signed in yet. */
    static Staff atSignIn() {
        Response r = given().when().get("/login").then().statusCode(200).extract().response();
        Document page = Jsoup.parse(r.asString());
        return new Staff(r.cookie("console-csrf"), page.selectFirst("input[name=csrf-token]").val());
    }

    static Staff signedIn(String username) {
        Staff staff = atSignIn();
        Response r = staff.post("/login", Map.of("username", username, "password", FakeApi.PASSWORD));
        if (r.statusCode() != 303) {
            throw new AssertionError("sign-in of " + username + " answered " + r.statusCode());
        }
        staff.session = r.cookie("console-session");
        return staff;
    }

    Response get(String path) {
        var request = given().redirects().follow(false).cookie("console-csrf", csrfCookie);
        if (session != null) {
            request = request.cookie("console-session", session);
        }
        return request.when().get(path).andReturn();
    }

    Document page(String path) {
        Response r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.asString());
        }
        return Jsoup.parse(r.asString());
    }

    /** UTF-8, percent-encoded, no charset in the content type, with the CSRF token: what a browser sends. */
    Response post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("csrf-token=").append(encode(csrfToken));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(encode(v)));
        var request = given().redirects().follow(false).config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .cookie("console-csrf", csrfCookie).contentType("application/x-www-form-urlencoded");
        if (session != null) {
            request = request.cookie("console-session", session);
        }
        return request.body(body.toString()).when().post(path).andReturn();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
