package io.onedoor.support.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The hours of a working day in which a center works, as intervals in the center's local time,
 * ordered, not overlapping and each within one day. Minute deadlines (a 30-minute response) run
 * only inside them; the default is 09:00-12:00 and 13:30-17:30.
 */
public record WorkingHours(List<Interval> intervals) {

    public static final WorkingHours DEFAULT = new WorkingHours(List.of(
            new Interval(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Interval(LocalTime.of(13, 30), LocalTime.of(17, 30))));

    /** From {@code start} (inclusive) to {@code end}; whether it makes sense is the hours' check. */
    public record Interval(LocalTime start, LocalTime end) {}

    /**
     * One thing wrong with proposed hours: where, relative to the list ({@code [1].end}, or the
     * empty string for the list itself), and what.
     */
    public record Finding(String field, String message) {}

    public WorkingHours {
        intervals = List.copyOf(intervals);
        List<Finding> findings = check(intervals);
        if (!findings.isEmpty()) {
            throw new IllegalArgumentException(findings.stream()
                    .map(finding -> "workingHours" + finding.field() + " " + finding.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Everything wrong with proposed hours at once; empty when {@code new WorkingHours(intervals)}
     * would be accepted. A null entry is one the caller's input did not give in full: it is left
     * to whoever read that input to report, and the others are still checked.
     */
    public static List<Finding> check(List<@Nullable Interval> intervals) {
        List<Finding> findings = new ArrayList<>();
        if (intervals.isEmpty()) {
            findings.add(new Finding("", "lists no interval; leave it out for the default hours"));
        }
        Interval previous = null;
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            if (interval == null) {
                continue;
            }
            if (!interval.end().isAfter(interval.start())) {
                findings.add(new Finding(
                        "[" + i + "].end",
                        interval.end() + " is not after the start (" + interval.start()
                                + "): an interval lies within one day"));
            } else {
                if (previous != null && interval.start().isBefore(previous.end())) {
                    findings.add(new Finding(
                            "[" + i + "].start",
                            interval.start() + " is before the end of the interval before it (" + previous.end()
                                    + "): intervals are listed in order and do not overlap"));
                }
                previous = interval;
            }
        }
        return List.copyOf(findings);
    }
}
