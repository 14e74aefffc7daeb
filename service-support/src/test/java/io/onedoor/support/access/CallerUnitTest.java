package io.onedoor.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerUnitTest {

    @Test
    void aPersonsDepartmentComesFromTheDepartmentClaim() {
        Caller caller = Caller.fromClaims(Map.of(
                "sub", "a1",
                "tenant", "nm-jarud",
                "org_unit", "150526",
                "department", "police",
                "roles", List.of("STAFF"),
                "scope", "cases:read"));

        assertThat(caller.department()).isEqualTo("police");
        assertThat(caller.orgUnit()).isEqualTo("150526");
    }

    @Test
    void aPersonIsShownByTheirLoginAndAClientByItsSubject() {
        Caller person = Caller.fromClaims(Map.of(
                "sub", "5f0c2a9e-3b1d-4a55-9c1e-0d6a7c1b2e3f",
                "preferred_username", "mediator@nm-horqin",
                "roles", List.of("STAFF")));
        Caller hotline = Caller.fromClaims(Map.of("sub", "hotline-nm-horqin", "roles", List.of("INTEGRATOR")));

        assertThat(person.displayedAs()).isEqualTo("mediator@nm-horqin");
        assertThat(hotline.displayedAs()).isEqualTo("hotline-nm-horqin");
    }

    @Test
    void aTokenWithoutTheClaimIsOfNoDepartment() {
        Caller integrator = Caller.fromClaims(
                Map.of("sub", "hotline", "client_id", "hotline", "tenant", "nm-jarud", "roles", List.of("INTEGRATOR")));

        assertThat(integrator.department()).isNull();
    }

    @Test
    void theConstructorsWithoutADepartmentStillBuildACallerOfNone() {
        Caller person = new Caller("s1", "onedoor-console", "nm-jarud", "150000", "150526", Set.of("STAFF"), Set.of());
        Caller service = new Caller(
                "gateway",
                "gateway",
                null,
                null,
                null,
                Set.of(Caller.SERVICE_ROLE),
                Set.of("internal"),
                Set.of("service"));

        assertThat(person.department()).isNull();
        assertThat(service.department()).isNull();
        assertThat(service.isService()).isTrue();
    }
}
