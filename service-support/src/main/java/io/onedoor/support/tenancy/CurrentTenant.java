package io.onedoor.support.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for, bound for the length of one request or job and always
 * unbound afterwards. It also puts the tenant into every log line ({@code tenant} in the MDC).
 *
 * <p>A tenant can only be bound through {@link #enter}, whose {@link Scope} restores what was bound
 * before when closed (use try-with-resources), or through {@link #runAs}/{@link #callAs}, which do
 * the same: no code path can leave a tenant behind on a pooled thread.
 */
public final class CurrentTenant {

    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<TenantCode> BOUND = new ThreadLocal<>();

    private CurrentTenant() {}

    public static Optional<TenantCode> get() {
        return Optional.ofNullable(BOUND.get());
    }

    /** The bound tenant; a programming error if none is bound. */
    public static TenantCode require() {
        TenantCode tenant = BOUND.get();
        if (tenant == null) {
            throw new IllegalStateException("no tenant is bound to this thread");
        }
        return tenant;
    }

    /** Binds the tenant until the returned scope is closed. */
    public static Scope enter(TenantCode tenant) {
        TenantCode previous = BOUND.get();
        bind(tenant);
        return () -> restore(previous);
    }

    public static void runAs(TenantCode tenant, Runnable work) {
        try (Scope ignored = enter(tenant)) {
            work.run();
        }
    }

    public static <T> T callAs(TenantCode tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    private static void bind(TenantCode tenant) {
        BOUND.set(tenant);
        MDC.put(MDC_KEY, tenant.value());
    }

    private static void restore(TenantCode previous) {
        if (previous == null) {
            BOUND.remove();
            MDC.remove(MDC_KEY);
        } else {
            bind(previous);
        }
    }

    /** An open binding; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
