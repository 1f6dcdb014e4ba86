package io.gongkai.web;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor filling in a form: the page first (its CSRF cookie and token), then the post as a browser sends it. */
final class Forms {

    final String cookie;
    final Document page;

    private Forms(String cookie, Document page) {
        this.cookie = cookie;
        this.page = page;
    }

    static Forms open(String path) {
        Response r = given().when().get(path).then().statusCode(200).extract().response();
        return new Forms(r.cookie("csrf-token"), Jsoup.parse(r.asString()));
    }

    /** UTF-8, percent-encoded, no charset in the content type: what browsers send. */
    Response post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("csrf-token=").append(encode(page.selectFirst("input[name=csrf-token]").val()));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(encode(v)));
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .body(body.toString()).when().post(path).andReturn();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
