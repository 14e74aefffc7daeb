package io.onedoor.tenants.calendar;

import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working calendars of each province: the national calendars shipped with the platform, each
 * year replaced by the province's own once its operator saves one, plus years only the province
 * has entered. Every call reads the province's rows afresh (a few per province), so all replicas
 * answer a save at once without any cache to invalidate; only the shipped calendars, which never
 * change while the service runs, are held in memory.
 */
@Component
public class ProvinceCalendars {

    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}0000");

    private final Map<Integer, CalendarYear> official;
    private final ProvinceCalendarRows rows;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ProvinceCalendars(
            ProvinceCalendarRows rows,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        Map<Integer, CalendarYear> shipped = new TreeMap<>();
        OfficialCalendars.years().forEach(year -> shipped.put(year.year(), year));
        this.official = Map.copyOf(shipped);
        this.rows = rows;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Every year the province's centers can count deadlines in: official years, replaced or added to by its own. */
    public WorkingCalendar of(String provinceCode) {
        requireProvince(provinceCode);
        Map<Integer, CalendarYear> years = new TreeMap<>(official);
        rows.all(provinceCode).forEach(own -> years.put(own.year(), own.calendar()));
        return new WorkingCalendar(
                years.values().stream().map(CalendarYear::workingYear).toList());
    }

    /**
     * A number that grows whenever what {@link #of} answers for the province changes: the sum of
     * its rows' versions (which only grow, and rows are never deleted) plus the count of shipped
     * years (a release shipping a new year changes the calendar too). Read it BEFORE {@link #of}
     * when tagging a snapshot: a save in between then leaves a tag older than the content, which
     * the next read corrects, never a tag newer than the content, which would hide the save.
     */
    public long stamp(String provinceCode) {
        requireProvince(provinceCode);
        return rows.versionSum(provinceCode) + official.size();
    }

    /** The province's calendar for the year: its own if saved, else the official one, else none. */
    public Optional<ProvinceCalendar> find(String provinceCode, int year) {
        requireProvince(provinceCode);
        return rows.find(provinceCode, year).or(() -> official(provinceCode, year));
    }

    private Optional<ProvinceCalendar> official(String province, int year) {
        return Optional.ofNullable(official.get(year)).map(calendar -> ProvinceCalendar.official(province, calendar));
    }

    /**
     * Saves the province's own calendar for the year, audited as {@code calendar.saved} in the same
     * transaction, and publishes {@link ProvinceCalendarChanged} once that has committed.
     *
     * <p>{@code ifMatch} must name the current version ({@link EntityTags#of}) once the province
     * has its own calendar for the year: absent is 428 {@code precondition-required}, another
     * version 412 {@code precondition-failed}. Saving over the official calendar (or a year nobody
     * has) needs none, or {@code "0"}. Saving the same calendar again changes nothing.
     *
     * @throws ProblemException 412, 428, or 422 {@code invalid-calendar} when {@code calendar}
     *     is for another year than {@code year}
     */
    public ProvinceCalendar save(
            String provinceCode, int year, CalendarYear calendar, @Nullable String ifMatch, String actor) {
        requireProvince(provinceCode);
        if (calendar.year() != year) {
            throw ProblemException.field(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-calendar",
                    "year",
                    "is " + calendar.year() + ", not the year saved (" + year + ")");
        }
        Saved saved = transactions.execute(status -> saveInTransaction(provinceCode, calendar, ifMatch, actor));
        if (saved == null) {
            throw new IllegalStateException("the save answered nothing");
        }
        if (saved.changed()) {
            publishAfterCommit(new ProvinceCalendarChanged(provinceCode, year));
        }
        return saved.calendar();
    }

    private record Saved(ProvinceCalendar calendar, boolean changed) {}

    private Saved saveInTransaction(String province, CalendarYear calendar, @Nullable String ifMatch, String actor) {
        Optional<ProvinceCalendar> own = rows.find(province, calendar.year());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ProvinceCalendar saved;
        if (own.isPresent()) {
            ProvinceCalendar current = own.get();
            if (ifMatch == null || ifMatch.isBlank()) {
                throw ProblemException.of(
                        HttpStatus.PRECONDITION_REQUIRED,
                        "precondition-required",
                        "If-Match required",
                        "The province has its own calendar for " + current.year()
                                + "; send the ETag you read in If-Match, so a change made since is not overwritten.");
            }
            requireMatch(ifMatch, current.version());
            if (current.calendar().equals(calendar)) {
                return new Saved(current, false);
            }
            saved = new ProvinceCalendar(
                    province, calendar, ProvinceCalendar.Source.PROVINCE, current.version() + 1, actor, now);
            if (!rows.update(saved, current.version())) {
                throw changedMeanwhile();
            }
        } else {
            requireMatch(ifMatch, 0);
            saved = new ProvinceCalendar(province, calendar, ProvinceCalendar.Source.PROVINCE, 1, actor, now);
            try {
                rows.insert(saved);
            } catch (DuplicateKeyException e) {
                // Another operator's first save of the same year came first.
                throw changedMeanwhile();
            }
        }
        // Before the first save the province counted on the official calendar, if there was one.
        Optional<ProvinceCalendar> before = own.or(() -> official(province, calendar.year()));
        audit.record(AuditEntry.of("calendar.saved", null, province, province + "/" + calendar.year())
                .before(before.map(ProvinceCalendars::auditState).orElse(null))
                .after(auditState(saved)));
        return new Saved(saved, true);
    }

    private static void requireMatch(@Nullable String ifMatch, long version) {
        if (!EntityTags.matches(ifMatch, version)) {
            throw changedMeanwhile();
        }
    }

    private static ProblemException changedMeanwhile() {
        return ProblemException.of(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "Calendar changed",
                "The calendar changed since it was read; read it again and redo the change with its ETag.");
    }

    /**
     * Listeners act on the committed calendar: inside a caller's transaction the event waits for
     * its commit (and is dropped with a rollback); otherwise the save has already committed.
     */
    private void publishAfterCommit(ProvinceCalendarChanged changed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(changed);
                }
            });
        } else {
            events.publishEvent(changed);
        }
    }

    private static Map<String, Object> auditState(ProvinceCalendar calendar) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", calendar.source().name());
        state.put("version", calendar.version());
        state.put(
                "holidays",
                calendar.holidays().stream()
                        .map(holiday -> Map.of(
                                "name", holiday.name(),
                                "from", holiday.from().toString(),
                                "to", holiday.to().toString()))
                        .toList());
        state.put(
                "makeUpWorkdays",
                calendar.makeUpWorkdays().stream()
                        .sorted()
                        .map(LocalDate::toString)
                        .toList());
        return state;
    }

    private static void requireProvince(String provinceCode) {
        if (!PROVINCE.matcher(provinceCode).matches()) {
            throw new IllegalArgumentException("not a province's division code: " + provinceCode);
        }
    }
}
