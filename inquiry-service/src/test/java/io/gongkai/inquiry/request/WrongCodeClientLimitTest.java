package io.gongkai.inquiry.request;

import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WrongCodeClientLimitTest.ThreePerClient.class)
class WrongCodeClientLimitTest {

    public static class ThreePerClient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.requests.wrong-codes-per-client", "3");
        }
    }

    @Test
    void aClientThatGuessesWaitsWhateverItSendsAndOthersDoNot() {
        Requests.Submitted mine = Requests.online();
        String guesser = Clients.address();
        for (int i = 0; i < 3; i++) {
            Requests.applicantView(guesser, Requests.online().trackingNo(), "WRONG").statusCode(404);
        }
        Requests.applicantView(guesser, Requests.online().trackingNo(), "WRONG").statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // the guesser's address is refused even with a right code; every other address is not
        Requests.applicantView(guesser, mine.trackingNo(), mine.accessCode()).statusCode(429);
        Requests.applicantView(Clients.address(), mine.trackingNo(), mine.accessCode()).statusCode(200);
        Requests.applicantView(Clients.address(), Requests.online().trackingNo(), "WRONG").statusCode(404);
    }
}
