package io.gongkai.gateway.login;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Password guessing slows only the guesser: attempts are counted per username and address, and per address over all
 * usernames, before the password is hashed; many at once answer 401 or 429, never 500. Each test is a visitor of
 * its own (an address given through the test front end's hop credential), so that no test's attempts slow another's.
 */
@QuarkusTest
class LoginAbuseTest {

    /** The visitors' network of this run: the counts live in the database, and a run must not meet an earlier run's. */
    private static final String NET = "10." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + ".";

    private static String newAccount(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\",\"role\":\"" + role + "\"}")
                .when().post("/api/v1/admin/accounts").then().statusCode(201);
        return username;
    }

    private static int login(String from, String username, String password) {
        return given().header("X-Gongkai-Hop", "test-hop-credential").header("X-Forwarded-For", from)
                .contentType("application/json").body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/token").then().extract().statusCode();
    }

    private static Map<Integer, Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(call));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fortyConcurrentWrongPasswordsAnswerOnly401Or429() throws Exception {
        String username = newAccount("handler");
        Map<Integer, Integer> statuses = concurrently(40, () -> login(NET + "50", username, "wrong password!!"));
        assertTrue(Set.of(401, 429).containsAll(statuses.keySet()), statuses::toString);
        assertEquals(5, statuses.get(401), statuses::toString);
    }

    @Test
    void fortyConcurrentUnknownNamesAnswerOnly401Or429() throws Exception {
        Map<Integer, Integer> statuses = concurrently(40,
                () -> login(NET + "51", "nobody-" + UUID.randomUUID(), "wrong password!!"));
        assertTrue(Set.of(401, 429).containsAll(statuses.keySet()), statuses::toString);
        assertEquals(30, statuses.get(401), statuses::toString);
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockTheOwnerOut() {
        String admin = newAccount("admin");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(NET + "52", admin, "guess number " + i));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(429, login(NET + "52", admin, "guess number " + i));
        }
        // the right password from the stranger's address waits too; from the admin's own it works
        assertEquals(429, login(NET + "52", admin, "correct horse battery"));
        assertEquals(200, login(NET + "53", admin, "correct horse battery"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedAcrossThem() {
        for (int i = 0; i < 30; i++) {
            assertEquals(401, login(NET + "54", "someone-" + i + "-" + UUID.randomUUID(), "wrong password!!"));
        }
        assertEquals(429, login(NET + "54", "someone-else-" + UUID.randomUUID(), "wrong password!!"));
        assertEquals(401, login(NET + "55", "someone-else-" + UUID.randomUUID(), "wrong password!!"));
    }

    @Inject
    AgroalDataSource database;

    @Test
    void theCountsLiveInTheDatabaseWhereEveryInstanceSeesThem() throws Exception {
        String username = newAccount("handler");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(NET + "57", username, "wrong password!!"));
        }
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from rate_limit_bucket where id = ?")) {
            query.setString(1, "login:" + username.toLowerCase() + "|" + NET + "57");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
        assertEquals(429, login(NET + "57", username, "correct horse battery"));
    }

    @Test
    void successfulLoginsGiveTheirAttemptsBack() {
        String username = newAccount("auditor");
        for (int i = 0; i < 12; i++) {
            assertEquals(200, login(NET + "56", username, "correct horse battery"));
        }
    }

    private static int loginThroughConsole(String from, String username, String password) {
        return given().header("X-Gongkai-Hop", "test-console-hop-credential").header("X-Forwarded-For", from)
                .contentType("application/json").body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/token").then().extract().statusCode();
    }

    @Test
    void theConsolesCredentialIsHonouredSoOneStaffMembersFailuresLockOutNoOtherOne() {
        // every staff member signs in through the console, one address for all: with its credential each is counted alone
        String username = newAccount("handler");
        for (int i = 0; i < 30; i++) {
            assertEquals(401, loginThroughConsole(NET + "60", "nobody-" + i, "wrong password!!"));
        }
        assertEquals(429, loginThroughConsole(NET + "60", username, "correct horse battery"));
        assertEquals(200, loginThroughConsole(NET + "61", username, "correct horse battery"));
    }
}
