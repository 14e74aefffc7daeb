package io.onedoor.cases;

import io.onedoor.cases.clocks.Alarm;
import io.onedoor.cases.clocks.AlarmListener;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.Timer;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.cases.clocks.Timers;
import io.onedoor.cases.notifications.NotificationSender;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Rings alarms as the deadline engine does, for tests of what listens: every {@link
 * AlarmListener} bean handed the alarm once, in the tenant's scope, inside one transaction. Also
 * what the tests watch around it: the timers owners leave ({@link RecordedTimers}, standing in
 * for the engine's index) and what the notification sender was handed ({@link SentNotifications}),
 * with the service's clock stopped where a test puts it ({@link ChinaClock}).
 *
 * <p>Test classes that import {@link Configuration} share one application context.
 */
public final class Bell {

    private final ObjectProvider<AlarmListener> listeners;
    private final TransactionOperations transactions;

    Bell(ObjectProvider<AlarmListener> listeners, TransactionOperations transactions) {
        this.listeners = listeners;
        this.transactions = transactions;
    }

    /** The alarm of the owner's timer, handed to every listener as the engine hands it. */
    public void ring(TenantCode tenant, TimerOwner owner, String clock, String subject, AlarmPhase phase, Instant now) {
        Alarm alarm = new Alarm(tenant, owner, new Timer(clock, subject, phase, now));
        CurrentTenant.runAs(
                tenant,
                () -> transactions.executeWithoutResult(
                        status -> listeners.orderedStream().forEach(listener -> listener.rang(alarm, now))));
    }

    /**
     * The alarm handed to every listener, in a transaction that then fails (a replica killed
     * mid-batch): nothing the listeners wrote may remain, nor be sent.
     */
    public void ringAndFail(
            TenantCode tenant, TimerOwner owner, String clock, String subject, AlarmPhase phase, Instant now) {
        Alarm alarm = new Alarm(tenant, owner, new Timer(clock, subject, phase, now));
        try {
            CurrentTenant.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(status -> {
                        listeners.orderedStream().forEach(listener -> listener.rang(alarm, now));
                        throw new Crash();
                    }));
        } catch (Crash expected) {
            // the batch died after the listeners ran
        }
    }

    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The timers each owner was last left with, by tenant: the engine's index as the tests see it. */
    public static final class RecordedTimers implements Timers {

        private final Map<String, List<Timer>> timers = new ConcurrentHashMap<>();

        @Override
        public void replace(TimerOwner owner, Collection<Timer> replacement) {
            timers.put(key(CurrentTenant.require(), owner), List.copyOf(replacement));
        }

        /** The owner's timers now; empty if it has none or never had any. */
        public List<Timer> of(TenantCode tenant, TimerOwner owner) {
            return timers.getOrDefault(key(tenant, owner), List.of());
        }

        /** Whether the owner's timers were ever set, even to none. */
        public boolean known(TenantCode tenant, TimerOwner owner) {
            return timers.containsKey(key(tenant, owner));
        }

        private static String key(TenantCode tenant, TimerOwner owner) {
            return tenant.value() + "/" + owner.kind() + "/" + owner.id();
        }
    }

    /** Everything the notification sender was handed, in order. */
    public static final class SentNotifications implements NotificationSender {

        private final List<Outgoing> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(Outgoing notification) {
            sent.add(notification);
        }

        /** What was sent for the tenant, oldest first. */
        public List<Outgoing> of(TenantCode tenant) {
            List<Outgoing> theirs = new ArrayList<>();
            for (Outgoing notification : sent) {
                if (notification.tenant().equals(tenant)) {
                    theirs.add(notification);
                }
            }
            return theirs;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ChinaClock stoppedClock() {
            return new ChinaClock();
        }

        @Bean
        @Primary
        RecordedTimers recordedTimers() {
            return new RecordedTimers();
        }

        @Bean
        @Primary
        SentNotifications sentNotifications() {
            return new SentNotifications();
        }

        @Bean
        Bell bell(ObjectProvider<AlarmListener> listeners, TransactionOperations transactions) {
            return new Bell(listeners, transactions);
        }
    }
}
