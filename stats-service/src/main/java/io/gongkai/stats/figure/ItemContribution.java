package io.gongkai.stats.figure;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What one item adds to the channel figures: one count per channel it was posted on, on the day of the
 * posting, under its unit and category; nothing while it is not counted (a draft, or withdrawn when
 * withdrawn items are configured not to count).
 */
public record ItemContribution(UUID itemId, String status, LocalDate publishedOn, String unit, int category,
                               String checklistItem, String audience, Map<String, LocalDate> postings) {

    public boolean counted(boolean withdrawnStayCounted) {
        return "PUBLISHED".equals(status) || (withdrawnStayCounted && "WITHDRAWN".equals(status));
    }
}
