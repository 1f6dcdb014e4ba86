package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.gongkai.disclosure.item.Fixtures.unique;
import static io.gongkai.disclosure.item.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Atom feed shows changes: by change time, withdrawals as RFC 6721 tombstones, conditional GETs. */
@QuarkusTest
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final String ADMIN = Tokens.admin();

    private static Document feed() throws Exception {
        byte[] xml = given().when().get("/api/v1/items/feed.atom").then().statusCode(200).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The entries and tombstones of the feed, in order. */
    private static List<Element> children(Document feed) {
        List<Element> out = new ArrayList<>();
        for (Node n = feed.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (("entry".equals(e.getLocalName()) && ATOM.equals(e.getNamespaceURI()))
                    || ("deleted-entry".equals(e.getLocalName()) && TOMBSTONES.equals(e.getNamespaceURI())))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Node n = parent.getElementsByTagNameNS(ATOM, name).item(0);
        return n == null ? null : n.getTextContent();
    }

    @Test
    void anUpdateToAnOlderItemMovesItToTheTop() throws Exception {
        String older = Fixtures.published(with(item(unique("旧通知"), "HR"), "publishedAt", "2020-03-01T09:00:00+08:00"));
        Fixtures.published(item(unique("新通知"), "HR"));
        assertFalse(text(children(feed()).get(0), "id").endsWith(older));
        given().auth().oauth2(ADMIN).contentType("application/merge-patch+json; charset=UTF-8").body("{\"summary\":\"补充说明\"}")
                .when().patch("/api/v1/items/" + older).then().statusCode(200);
        Element top = children(feed()).get(0);
        assertEquals("urn:uuid:" + older, text(top, "id"));
        assertEquals("2020-03-01T09:00+08:00", text(top, "published"));
        String updatedAt = given().auth().oauth2(ADMIN).when().get("/api/v1/items/" + older).then().statusCode(200)
                .extract().path("updatedAt");
        assertEquals(OffsetDateTime.parse(updatedAt).toInstant(), OffsetDateTime.parse(text(top, "updated")).toInstant());
    }

    @Test
    void aWithdrawnItemIsADeletedEntry() throws Exception {
        String id = Fixtures.published(item(unique("撤回的通知"), "HR"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"reason\":\"信息有误\"}")
                .when().post("/api/v1/items/" + id + "/withdraw").then().statusCode(200);
        String withdrawnAt = given().auth().oauth2(ADMIN).when().get("/api/v1/items/" + id).then().statusCode(200)
                .extract().path("withdrawnAt");
        List<Element> children = children(feed());
        Element top = children.get(0);
        assertEquals(TOMBSTONES, top.getNamespaceURI());
        assertEquals("deleted-entry", top.getLocalName());
        assertEquals("urn:uuid:" + id, top.getAttribute("ref"));
        assertEquals(OffsetDateTime.parse(withdrawnAt).toInstant(), OffsetDateTime.parse(top.getAttribute("when")).toInstant());
        assertTrue(children.stream().filter(e -> "entry".equals(e.getLocalName()))
                .noneMatch(e -> ("urn:uuid:" + id).equals(text(e, "id"))));
    }

    @Test
    void aCampusItemNeverAppearsNotEvenWithdrawn() throws Exception {
        String id = Fixtures.published(with(item(unique("校内通知"), "HR"), "audience", "CAMPUS"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"reason\":\"过期\"}")
                .when().post("/api/v1/items/" + id + "/withdraw").then().statusCode(200);
        for (Element e : children(feed())) {
            assertFalse(("urn:uuid:" + id).equals(e.getAttribute("ref")) || ("urn:uuid:" + id).equals(text(e, "id")));
        }
    }

    @Test
    void conditionalGetsAre304UntilTheFeedChanges() {
        Fixtures.published(item(unique("缓存通知"), "HR"));
        ExtractableResponse<Response> first = given().when().get("/api/v1/items/feed.atom").then().statusCode(200)
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract();
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        given().header("If-None-Match", etag).when().get("/api/v1/items/feed.atom").then().statusCode(304);
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/items/feed.atom").then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").when().get("/api/v1/items/feed.atom")
                .then().statusCode(200);
        Fixtures.published(item(unique("又一条"), "HR"));
        given().header("If-None-Match", etag).when().get("/api/v1/items/feed.atom").then().statusCode(200);
    }

    @Test
    void theFeedIsWellFormedAtomWithTheTombstoneNamespace() throws Exception {
        String id = Fixtures.published(item(unique("格式"), "HR"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"reason\":\"重复\"}")
                .when().post("/api/v1/items/" + id + "/withdraw").then().statusCode(200);
        Fixtures.published(item(unique("格式二"), "HR"));
        Document feed = feed();
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals(TOMBSTONES, root.lookupNamespaceURI("at"));
        assertNotNull(text(root, "id"));
        assertNotNull(text(root, "title"));
        OffsetDateTime feedUpdated = OffsetDateTime.parse(text(root, "updated"));
        List<Element> children = children(feed);
        assertFalse(children.isEmpty());
        OffsetDateTime previous = null;
        for (Element e : children) {
            OffsetDateTime changed;
            if ("deleted-entry".equals(e.getLocalName())) {
                assertTrue(e.getAttribute("ref").startsWith("urn:uuid:"));
                changed = OffsetDateTime.parse(e.getAttribute("when"));
            } else {
                // RFC 4287: an entry has exactly one id, title and updated, and an author (the feed has none)
                for (String required : List.of("id", "title", "updated", "author")) {
                    assertEquals(1, e.getElementsByTagNameNS(ATOM, required).getLength(), required);
                }
                changed = OffsetDateTime.parse(text(e, "updated"));
                assertFalse(changed.isAfter(feedUpdated));
            }
            if (previous != null && "entry".equals(e.getLocalName())) {
                assertFalse(changed.isAfter(previous), "the latest change first");
            }
            if ("entry".equals(e.getLocalName())) {
                previous = changed;
            }
        }
    }
}
