package io.onedoor.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.access.Caller;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatterReachUnitTest {

    static final OrgUnitCode COUNTY = new OrgUnitCode("150526");
    static final OrgUnitCode TOWNSHIP = new OrgUnitCode("150526101");
    static final OrgUnitCode VILLAGE = new OrgUnitCode("150526101203");
    static final OrgUnitCode NEIGHBOUR = new OrgUnitCode("150526102");

    @Test
    void staffReachTheirUnitAndEveryUnitItPrefixes() {
        MatterReach township = MatterReach.toRead(caller(Set.of("STAFF"), "150526101"));

        assertThat(List.of(TOWNSHIP, VILLAGE)).allMatch(township::covers);
        assertThat(List.of(COUNTY, NEIGHBOUR, new OrgUnitCode("150527101"))).noneMatch(township::covers);
        assertThat(MatterReach.toRegister(caller(Set.of("SUPERVISOR"), "150526101")))
                .isEqualTo(township);
    }

    @Test
    void auditorsReadTheWholeTenantButRegisterNowhere() {
        Caller auditor = caller(Set.of("AUDITOR"), "150526101");

        assertThat(MatterReach.toRead(auditor)).isEqualTo(MatterReach.WHOLE_TENANT);
        assertThat(MatterReach.toRegister(auditor)).isEqualTo(MatterReach.NOTHING);
        // Staff who also audit register within their subtree only.
        assertThat(MatterReach.toRegister(caller(Set.of("STAFF", "AUDITOR"), "150526101"))
                        .covers(COUNTY))
                .isFalse();
    }

    @Test
    void integratorsReachTheWholeTenantOthersNothing() {
        assertThat(MatterReach.toRegister(caller(Set.of("INTEGRATOR"), null))).isEqualTo(MatterReach.WHOLE_TENANT);
        for (String role : List.of("OPERATOR", "TENANT_ADMIN", "SOMEONE")) {
            assertThat(MatterReach.toRead(caller(Set.of(role), "150526"))).isEqualTo(MatterReach.NOTHING);
            assertThat(MatterReach.toRegister(caller(Set.of(role), "150526"))).isEqualTo(MatterReach.NOTHING);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "1505261", "15052610", "150526 ", "15052610_", "x150526", "1505261012034"})
    void staffWhoseTokenNamesNoDivisionCodeReachNothing(String unit) {
        assertThat(MatterReach.toRead(caller(Set.of("STAFF"), unit))).isEqualTo(MatterReach.NOTHING);
    }

    private static Caller caller(Set<String> roles, String orgUnit) {
        return new Caller("someone", "onedoor-console", "nm-jarud", "150000", orgUnit, roles, Set.of("cases:read"));
    }
}
