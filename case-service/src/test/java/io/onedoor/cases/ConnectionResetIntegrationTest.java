package io.onedoor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A context of its own with a pool of three, so that every pooled connection can be inspected. */
@CaseServiceTest
@TestPropertySource(
        properties = {"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.minimum-idle=3"})
class ConnectionResetIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void connectionThatThrewMidTransactionReturnsToPoolWithSchemaReset() throws SQLException {
        TenantCode bortala = api.onboard("bortala", "652701");
        api.register(bortala, Requests.machineryRent("bortala"));

        // More failures than connections, so that every connection has failed on the tenant's schema.
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> CurrentTenant.runAs(
                            bortala,
                            () -> transactions.executeWithoutResult(status -> {
                                Object schema = entityManager
                                        .createNativeQuery("select current_schema()")
                                        .getSingleResult();
                                assertThat(schema).isEqualTo(bortala.schemaName());
                                entityManager
                                        .createNativeQuery("update matter set description = description")
                                        .executeUpdate();
                                entityManager
                                        .createNativeQuery("select 1 / (count(*) - count(*)) from matter")
                                        .getSingleResult();
                            })))
                    .hasMessageContaining("division by zero");
        }

        // Borrow the whole pool at once: every connection is idle on the schema without tables.
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                borrowed.add(dataSource.getConnection());
            }
            assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isEqualTo(3);
            for (Connection connection : borrowed) {
                assertThat(single(connection, "show search_path")).isEqualTo("onedoor_no_tenant");
                assertThat(single(connection, "select coalesce(current_schema(), '(none)')"))
                        .isIn("onedoor_no_tenant", "(none)");
                assertThat(connection.getAutoCommit()).isTrue();
                assertThatThrownBy(() -> single(connection, "select count(*) from matter"))
                        .hasMessageContaining("does not exist");
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }

        // The tenant is served as before, and the failed updates changed nothing.
        var page = api.list(bortala, "");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items")).hasSize(1);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
