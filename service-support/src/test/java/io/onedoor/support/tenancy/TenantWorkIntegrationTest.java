package io.onedoor.support.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.onedoor.testsupport.RealServices;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work for a tenant outside a request, in a small JPA app with service-support's tenancy on real
 * PostgreSQL: the work runs on the tenant's schema with the tenant in every log line, commits
 * whole or not at all, cannot act for a second tenant, and leaves nothing on the pooled thread.
 */
@SpringBootTest(
        classes = TenantWorkIntegrationTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "spring.jpa.hibernate.ddl-auto=none",
            "spring.jpa.open-in-view=false",
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.autoconfigure.exclude=org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
@Import(RealServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantWorkIntegrationTest {

    static final TenantCode ALTAY = new TenantCode("work-altay");
    static final TenantCode HOHHOT = new TenantCode("work-hohhot");

    private static final Logger LOG = (Logger) LoggerFactory.getLogger(TenantWorkIntegrationTest.class);

    @Autowired
    TenantWork work;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @PersistenceContext
    EntityManager entityManager;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeAll
    void twoTenantSchemas() {
        for (TenantCode tenant : List.of(ALTAY, HOHHOT)) {
            jdbc.execute("create schema " + tenant.quotedSchemaName());
            jdbc.execute("create table " + tenant.quotedSchemaName() + ".note (text varchar(40))");
        }
    }

    @BeforeEach
    void captureTheLog() {
        logged.start();
        LOG.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        LOG.detachAppender(logged);
    }

    @Test
    void theWorkRunsOnTheTenantsSchemaWithTheTenantInTheLog() {
        String schema = work.call(ALTAY, () -> {
            LOG.info("working");
            return currentSchema();
        });

        assertThat(schema).isEqualTo(ALTAY.schemaName());
        assertThat(logged.list).singleElement().satisfies(line -> assertThat(line.getMDCPropertyMap())
                .containsEntry(CurrentTenant.MDC_KEY, ALTAY.value()));
    }

    @Test
    void theWorkCommitsWholeOrNotAtAll() {
        work.run(ALTAY, () -> note("kept"));
        assertThatThrownBy(() -> work.run(ALTAY, () -> {
                    note("rolled back");
                    throw new IllegalStateException("the job failed half way");
                }))
                .hasMessage("the job failed half way");

        assertThat(jdbc.queryForList("select text from " + ALTAY.quotedSchemaName() + ".note", String.class))
                .contains("kept")
                .doesNotContain("rolled back");
    }

    @Test
    void workForAnotherTenantIsRefusedWhileOneIsBound() {
        assertThatThrownBy(() -> work.run(ALTAY, () -> work.run(HOHHOT, () -> note("crossed over"))))
                .isInstanceOf(TenantWork.CrossTenantWorkException.class);
        // Nor can a job bind a tenant inside a transaction begun for none.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> work.run(HOHHOT, () -> note("no scope"))))
                .isInstanceOf(TenantWork.CrossTenantWorkException.class);

        assertThat(jdbc.queryForList("select text from " + HOHHOT.quotedSchemaName() + ".note", String.class))
                .isEmpty();
        // The same tenant again is a nested call: it joins the work in progress.
        assertThat(work.call(ALTAY, () -> work.call(ALTAY, this::currentSchema)))
                .isEqualTo(ALTAY.schemaName());
    }

    @Test
    void nothingIsLeftOnThePooledThreadAfterwards() throws Exception {
        try (ExecutorService pooled = Executors.newSingleThreadExecutor()) {
            pooled.submit(() -> work.run(ALTAY, () -> note("on a pooled thread")))
                    .get();
            pooled.submit(() -> {
                        try {
                            work.run(HOHHOT, () -> {
                                throw new IllegalStateException("failed");
                            });
                        } catch (IllegalStateException expected) {
                            // the failure is the caller's; the thread must come back clean anyway
                        }
                    })
                    .get();

            Leftovers after = pooled.submit(() -> new Leftovers(
                            CurrentTenant.get().orElse(null),
                            MDC.get(CurrentTenant.MDC_KEY),
                            transactions.execute(status -> currentSchema())))
                    .get();

            assertThat(after.tenant()).isNull();
            assertThat(after.mdc()).isNull();
            // A session opened with no tenant sits on the idle schema, which does not exist.
            assertThat(after.schema()).isNull();
        }
    }

    private @Nullable String currentSchema() {
        return (String)
                entityManager.createNativeQuery("select current_schema()").getSingleResult();
    }

    private void note(String text) {
        entityManager
                .createNativeQuery("insert into note (text) values (?1)")
                .setParameter(1, text)
                .executeUpdate();
    }

    record Leftovers(
            @Nullable TenantCode tenant,
            @Nullable String mdc,
            @Nullable String schema) {}

    @SpringBootApplication
    static class App {}
}
