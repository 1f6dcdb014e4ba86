package io.gongkai.inquiry.calendar;

/** Fired (synchronously, inside the admin's transaction) when the calendar of a year was entered or replaced. */
public record CalendarChanged(int year) {
}
