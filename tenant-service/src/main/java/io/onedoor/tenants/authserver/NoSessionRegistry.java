package io.onedoor.tenants.authserver;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * The authorization server keeps no registry of login sessions. Its default one lives in each
 * replica's memory: a login handled by one replica and a code exchanged at another gave an ID
 * token without a session id ({@code sid}), which the first replica then refused to sign out
 * with (400), and it grew with every login, since sessions kept in Redis never tell it they ended.
 * Without it, ID tokens carry no {@code sid}, and RP-initiated logout ends the login session of
 * the request that asks, on any replica, once the ID token is shown to be the signed-in person's.
 */
final class NoSessionRegistry implements SessionRegistry {

    @Override
    public List<Object> getAllPrincipals() {
        return List.of();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return List.of();
    }

    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        return null;
    }

    @Override
    public void refreshLastRequest(String sessionId) {}

    @Override
    public void registerNewSession(String sessionId, Object principal) {}

    @Override
    public void removeSessionInformation(String sessionId) {}
}
