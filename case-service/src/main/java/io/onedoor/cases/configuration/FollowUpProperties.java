package io.onedoor.cases.configuration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the follow-up visit (回访) of a closed matter falls due: {@code workingDays} working days
 * after the day it was closed ({@code onedoor.case.follow-up.working-days}, 3 by default), on the
 * center's calendar.
 */
@Validated
@ConfigurationProperties("onedoor.case.follow-up")
public record FollowUpProperties(
        @DefaultValue("3") @Min(0) @Max(60) int workingDays) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The last day for the visit of a matter the center closed at {@code closedAt}; empty past its calendar. */
    public Optional<LocalDate> dueOn(CenterConfiguration center, Instant closedAt) {
        return center.workingDaysAfter(LocalDate.ofInstant(closedAt, CHINA), workingDays);
    }
}
