package io.onedoor.tenants.clients;

import io.onedoor.api.identity.ClientsApi;
import io.onedoor.api.identity.model.ClientCreation;
import io.onedoor.api.identity.model.ClientList;
import io.onedoor.api.identity.model.IssuedClient;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Integrator clients of a center or of a province, as {@code identity.yaml} defines them. */
@RestController
class ClientsController implements ClientsApi {

    private final IntegratorClients clients;

    ClientsController(IntegratorClients clients) {
        this.clients = clients;
    }

    @Override
    public ResponseEntity<IssuedClient> createTenantClient(String tenant, ClientCreation body) {
        IntegratorClients.Issued issued =
                clients.create(clients.tenant(tenant), body.getName(), new ArrayList<>(body.getScopes()));
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/clients/"
                        + issued.client().clientId()))
                .body(issued(issued));
    }

    @Override
    public ResponseEntity<ClientList> listTenantClients(String tenant) {
        return ResponseEntity.ok(list(clients.list(clients.tenant(tenant))));
    }

    @Override
    public ResponseEntity<IssuedClient> rotateTenantClientSecret(String tenant, String clientId) {
        return ResponseEntity.ok(issued(clients.rotateSecret(clients.tenant(tenant), clientId)));
    }

    @Override
    public ResponseEntity<Void> revokeTenantClient(String tenant, String clientId) {
        clients.revoke(clients.tenant(tenant), clientId);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<IssuedClient> createProvincialClient(String province, ClientCreation body) {
        IntegratorClients.Issued issued =
                clients.create(IntegratorClients.province(province), body.getName(), new ArrayList<>(body.getScopes()));
        return ResponseEntity.created(URI.create("/api/v1/provinces/" + province + "/clients/"
                        + issued.client().clientId()))
                .body(issued(issued));
    }

    @Override
    public ResponseEntity<ClientList> listProvincialClients(String province) {
        return ResponseEntity.ok(list(clients.list(IntegratorClients.province(province))));
    }

    @Override
    public ResponseEntity<IssuedClient> rotateProvincialClientSecret(String province, String clientId) {
        return ResponseEntity.ok(issued(clients.rotateSecret(IntegratorClients.province(province), clientId)));
    }

    @Override
    public ResponseEntity<Void> revokeProvincialClient(String province, String clientId) {
        clients.revoke(IntegratorClients.province(province), clientId);
        return ResponseEntity.noContent().build();
    }

    private static IssuedClient issued(IntegratorClients.Issued issued) {
        IntegratorClient client = issued.client();
        return new IssuedClient(
                        client.clientId(),
                        issued.secret(),
                        client.name(),
                        new ArrayList<>(client.scopes()),
                        client.provinceCode(),
                        utc(client.createdAt()))
                .tenant(client.tenantCode());
    }

    private static ClientList list(List<IntegratorClient> found) {
        ClientList list = new ClientList(new ArrayList<>());
        for (IntegratorClient client : found) {
            list.addItemsItem(new io.onedoor.api.identity.model.IntegratorClient(
                            client.clientId(),
                            client.name(),
                            new ArrayList<>(client.scopes()),
                            client.provinceCode(),
                            utc(client.createdAt()))
                    .tenant(client.tenantCode())
                    .secretRotatedAt(nullableUtc(client.secretRotatedAt())));
        }
        return list;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable OffsetDateTime nullableUtc(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }
}
