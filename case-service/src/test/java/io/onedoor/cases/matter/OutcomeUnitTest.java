package io.onedoor.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A judicial confirmation's two clocks: 30 days to apply, and the court's 3 days to accept. */
class OutcomeUnitTest {

    static final LocalDate EFFECTIVE = LocalDate.parse("2026-11-02");
    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void aCourtThatAcceptsAfterItsThreeDaysIsMarkedLate() {
        Outcome outcome = confirmation();
        outcome.confirm(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-25"), null, TODAY);

        assertThat(outcome.applyBy()).contains(LocalDate.parse("2026-12-02"));
        assertThat(outcome.appliedLate()).contains(false);
        assertThat(outcome.acceptBy()).contains(LocalDate.parse("2026-11-23"));
        assertThat(outcome.acceptedLate()).contains(true);
    }

    @Test
    void anApplicationAfterTheThirtyDaysIsMarkedLateAndAnUnrecordedOneIsNeither() {
        Outcome late = confirmation();
        late.confirm(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-05"), null, TODAY);
        assertThat(late.appliedLate()).contains(true);
        assertThat(late.acceptedLate()).contains(false);

        Outcome unknown = confirmation();
        unknown.confirm(null, LocalDate.parse("2026-12-05"), null, TODAY);
        assertThat(unknown.appliedLate()).isEmpty();
        assertThat(unknown.acceptBy()).isEmpty();
        assertThat(unknown.acceptedLate()).isEmpty();
    }

    private static Outcome confirmation() {
        return new Outcome(
                OutcomeKind.JUDICIAL_CONFIRMATION,
                "补课费协议申请司法确认",
                700_000L,
                null,
                "固阳县人民法院",
                EFFECTIVE,
                Instant.parse("2026-11-02T02:00:00Z"));
    }
}
