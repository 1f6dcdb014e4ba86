package io.gongkai.client.vendor;

import io.gongkai.client.ApiClient;
import io.gongkai.client.ApiException;
import io.gongkai.client.api.ChannelStatisticsApi;
import io.gongkai.client.api.ItemsApi;
import io.gongkai.client.api.PushApi;
import io.gongkai.client.model.ItemRequest;
import io.gongkai.client.model.PostingRequest;
import io.gongkai.client.model.PushResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a dashboard vendor writes with the generated client, run by scripts/e2e.sh against a live stack: search
 * items anonymously, read the channel figures with the read-only key, push an item with the write key (and see a
 * read-only key refused). Every call goes through the generated classes, so a change of an operation, a
 * parameter or a field these calls use fails this module's compilation, and a changed answer fails here.
 * <p>
 * usage: {@code DashboardVendor <gateway-url>}, with GONGKAI_DEMO_READ_KEY and GONGKAI_DEMO_WRITE_KEY set (the
 * demo keys of .data/demo-credentials.env; the write key pushes as the source news-office). Prints one line per
 * check and exits 1 when one failed.
 */
public final class DashboardVendor {

    private static int failed;

    private DashboardVendor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DashboardVendor <gateway-url>");
        }
        String gateway = args[0];
        String readKey = env("GONGKAI_DEMO_READ_KEY");
        String writeKey = env("GONGKAI_DEMO_WRITE_KEY");

        var page = new ItemsApi(client(gateway, null))
                .searchItems(ItemsApi.APISearchItemsRequest.newBuilder().q("招生").limit(5).build());
        check("anonymous search finds published items", !page.getItems().isEmpty()
                && page.getItems().stream().allMatch(i -> i.getTitle() != null && !i.getTitle().isBlank()));

        var figures = new ChannelStatisticsApi(client(gateway, readKey))
                .getChannelStatistics(ChannelStatisticsApi.APIGetChannelStatisticsRequest.newBuilder().year(2022).build());
        check("the read-only key reads the 2022 channel figures", figures.getTotal() != null && figures.getTotal() > 0
                && !figures.getChannels().isEmpty());

        String externalId = "vendor-" + System.currentTimeMillis();
        ItemRequest item = new ItemRequest()
                .title("客户端推送测试 " + externalId)
                .unit("NEWS_CENTER") // news-office's key pushes for the units tied to its source only
                .publishedAt(OffsetDateTime.now(ZoneOffset.ofHours(8)))
                .postings(List.of(new PostingRequest().channel("PORTAL").url("https://www.example.edu.cn/xxgk/" + externalId + ".htm")));
        PushResult pushed = new PushApi(client(gateway, writeKey)).pushItem(PushApi.APIPushItemRequest.newBuilder()
                .source("news-office").externalId(externalId).itemRequest(item).build());
        check("the write key pushes an item (created)", pushed.getResult() == PushResult.ResultEnum.CREATED && pushed.getId() != null);
        PushResult again = new PushApi(client(gateway, writeKey)).pushItem(PushApi.APIPushItemRequest.newBuilder()
                .source("news-office").externalId(externalId).itemRequest(item).build());
        check("pushing the same item again changes nothing", again.getResult() == PushResult.ResultEnum.UNCHANGED);

        int refused = 0;
        try {
            new PushApi(client(gateway, readKey)).pushItem(PushApi.APIPushItemRequest.newBuilder()
                    .source("news-office").externalId(externalId + "-ro").itemRequest(item).build());
        } catch (ApiException e) {
            refused = e.getCode();
        }
        check("the read-only key cannot push (403)", refused == 403);

        int otherUnit = 0;
        try {
            new PushApi(client(gateway, writeKey)).pushItem(PushApi.APIPushItemRequest.newBuilder()
                    .source("news-office").externalId(externalId + "-unit").itemRequest(item.unit("ADMISSIONS")).build());
        } catch (ApiException e) {
            otherUnit = e.getCode();
        }
        check("the write key cannot push for a unit not tied to its source (403)", otherUnit == 403);

        System.out.println("client: " + (failed == 0 ? "all checks passed" : failed + " failed"));
        System.exit(failed == 0 ? 0 : 1);
    }

    /** A client of the gateway; with a key, every request carries it as X-Api-Key. */
    private static ApiClient client(String gateway, String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("X-Api-Key", key));
        }
        return client;
    }

    private static void check(String name, boolean ok) {
        System.out.println((ok ? "ok   " : "FAIL ") + "client: " + name);
        if (!ok) {
            failed++;
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (source .data/demo-credentials.env)");
        }
        return value;
    }
}
