package io.onedoor.tenants.audit;

import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.web.RequestIdFilter;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Who acted is taken from the verified token of the current request (never
 * from a header), where from is the client's address; without a request (a scheduled job), the
 * platform itself acted.
 */
@Component
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditLog(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records the change in the caller's transaction, which must exist: the event commits with the
     * change or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        Caller caller = RequestCaller.get().orElse(null);
        jdbc.update(
                """
                insert into platform.audit_event (actor_subject, actor_client_id, actor_roles, tenant_code,
                    province_code, action, target, source_address, request_id, before_state, after_state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""",
                caller == null ? null : caller.subject(),
                caller == null ? null : caller.clientId(),
                caller == null ? "" : String.join(" ", new TreeSet<>(caller.roles())),
                entry.tenant(),
                entry.province(),
                entry.action(),
                entry.target(),
                clientAddress(),
                MDC.get(RequestIdFilter.MDC_KEY),
                toJson(entry.before()),
                toJson(entry.after()));
    }

    private @Nullable String toJson(@Nullable Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /**
     * The caller's address as verified: the connection's peer, or, on a connection from the
     * gateway (a trusted proxy), the address the gateway forwarded. A header anyone else sends never
     * reaches this point (security.TrustedForwardedHeaders).
     */
    static @Nullable String clientAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String address = attributes.getRequest().getRemoteAddr();
        return address != null && address.length() > 100 ? address.substring(0, 100) : address;
    }
}
