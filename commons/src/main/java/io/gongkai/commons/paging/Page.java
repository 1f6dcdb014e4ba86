package io.gongkai.commons.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items,
                      @Schema(nullable = true, description = "opaque; pass as cursor= for the next page; null on the last page")
                      String nextCursor) {
}
