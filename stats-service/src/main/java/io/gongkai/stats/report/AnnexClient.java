package io.gongkai.stats.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.period.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The report's annex (清单事项公开情况表) from disclosure-service's coverage: one bean around the REST client,
 * with timeout, retry, circuit breaker and a fallback that says the annex is unavailable instead of failing
 * the report.
 */
@ApplicationScoped
public class AnnexClient {

    private static final Logger LOG = Logger.getLogger(AnnexClient.class);
    static final String UNAVAILABLE = "清单事项公开情况暂时无法获取（信息公开目录服务不可用），请稍后重新生成本报告。";

    private final CoverageApi coverage;

    public AnnexClient(@RestClient CoverageApi coverage) {
        this.coverage = coverage;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public AnnualReport.Annex annex(ReportPeriod period) {
        JsonNode answer = coverage.coverage(period.from().toString(), period.to().toString());
        List<AnnualReport.AnnexRow> rows = new ArrayList<>();
        for (JsonNode e : answer.path("entries")) {
            String where = e.path("latest").isArray() && !e.path("latest").isEmpty() ? e.path("latest").get(0).path("url").asText("") : "";
            String published = e.path("covered").asBoolean() ? "已公开（" + e.path("count").asInt() + " 条）" : "未公开";
            rows.add(new AnnualReport.AnnexRow(e.path("itemNo").asText(), e.path("categoryName").asText(), e.path("title").asText(),
                    published, where));
        }
        return new AnnualReport.Annex(true, null, rows);
    }

    AnnualReport.Annex unavailable(ReportPeriod period) {
        LOG.warnf("The report's annex for %s .. %s is unavailable: disclosure-service's coverage did not answer", period.from(), period.to());
        return new AnnualReport.Annex(false, UNAVAILABLE, List.of());
    }
}
