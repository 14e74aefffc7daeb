package io.onedoor.cases.closing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the follow-up visit (回访) of a closed matter falls due: {@code workingDays} working days
 * after the day it was closed ({@code onedoor.case.follow-up.working-days}, 3 by default).
 */
@Validated
@ConfigurationProperties("onedoor.case.follow-up")
record FollowUpProperties(
        @DefaultValue("3") @Min(0) @Max(60) int workingDays) {}
