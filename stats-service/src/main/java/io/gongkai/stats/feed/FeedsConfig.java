package io.gongkai.stats.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The producers whose feeds stats-service reads, and how it polls them. */
@ConfigMapping(prefix = "gongkai.stats.feeds")
public interface FeedsConfig {

    /** By feed name (disclosure, inquiry): where the producer is. A feed without a url is not read. */
    Map<String, Producer> producers();

    /** This consumer's service credential, sent with every poll (scripts/keys.sh makes it). */
    Optional<String> credential();

    /** How often the feeds are polled (the scheduler reads it; "off" in tests, which poll when they choose). */
    @WithDefault("1s")
    String pollEvery();

    @WithDefault("500")
    int pageSize();

    /** Pages read per feed and poll, so that one feed catching up does not starve the other. */
    @WithDefault("20")
    int pagesPerPoll();

    @WithDefault("5S")
    Duration timeout();

    @WithDefault("30S")
    Duration maxBackoff();

    interface Producer {
        Optional<String> url();
    }
}
