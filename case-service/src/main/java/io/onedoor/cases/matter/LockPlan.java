package io.onedoor.cases.matter;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sub-claim to split off a matter (分锁), as the center's configuration shapes it: the department
 * responsible for it and its deadline.
 *
 * @param title the sub-claim, e.g. 拖欠工资
 * @param workingDays the deadline in working days from the day the lock is split
 * @param dueOn that deadline on the center's calendar; null when the calendar does not reach it
 */
public record LockPlan(
        String title,
        String department,
        int workingDays,
        @Nullable LocalDate dueOn) {

    public LockPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
        if (title.isBlank()) {
            throw new InvalidValueException("a lock has a title");
        }
        if (workingDays < 1) {
            throw new InvalidValueException("a lock's deadline is at least one working day");
        }
        title = title.strip();
    }
}
