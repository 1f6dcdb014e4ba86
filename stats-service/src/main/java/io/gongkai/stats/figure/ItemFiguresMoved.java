package io.gongkai.stats.figure;

import java.time.LocalDate;
import java.util.Set;

/** Fired when an item event has been applied: the days whose item figures it may have moved (its publication days, before and after). */
public record ItemFiguresMoved(Set<LocalDate> days) {
}
