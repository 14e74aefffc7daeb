package io.onedoor.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.access.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatterReachUnitTest {

    static final OrgUnitCode COUNTY = new OrgUnitCode("150526");
    static final OrgUnitCode TOWNSHIP = new OrgUnitCode("150526101");
    static final OrgUnitCode VILLAGE = new OrgUnitCode("150526101203");
    static final OrgUnitCode GRID = new OrgUnitCode("150526101203-G01");
    static final OrgUnitCode NEIGHBOUR = new OrgUnitCode("150526102");

    /** A tree as the snapshot gives it: the subtree of each unit it has. */
    static final MatterReach.OrgTree TREE = unit -> Optional.ofNullable(Map.of(
                    COUNTY, Set.of(COUNTY, TOWNSHIP, VILLAGE, GRID, NEIGHBOUR),
                    TOWNSHIP, Set.of(TOWNSHIP, VILLAGE, GRID),
                    VILLAGE, Set.of(VILLAGE, GRID),
                    GRID, Set.of(GRID),
                    NEIGHBOUR, Set.of(NEIGHBOUR))
            .get(unit));

    /** A tree that must not be asked: auditors and integrators read without a snapshot. */
    static final MatterReach.OrgTree UNAVAILABLE = unit -> {
        throw new AssertionError("the org tree was asked for " + unit);
    };

    @Test
    void staffReachTheSubtreeTheTreeGivesTheirUnit() {
        MatterReach township = MatterReach.toRead(caller(Set.of("STAFF"), "150526101"), TREE);

        assertThat(township).isEqualTo(new MatterReach.Subtree(Set.of(TOWNSHIP, VILLAGE, GRID)));
        assertThat(List.of(TOWNSHIP, VILLAGE, GRID)).allMatch(township::covers);
        // Whatever the codes look like: a code the township prefixes but the tree does not hold is out.
        assertThat(List.of(COUNTY, NEIGHBOUR, new OrgUnitCode("150526101204"), new OrgUnitCode("150527101")))
                .noneMatch(township::covers);
        assertThat(MatterReach.toRegister(caller(Set.of("SUPERVISOR"), "150526101"), TREE))
                .isEqualTo(township);
    }

    @Test
    void aGridWorkerReachesTheGridOnly() {
        MatterReach grid = MatterReach.toRead(caller(Set.of("STAFF"), "150526101203-G01"), TREE);

        assertThat(grid.covers(GRID)).isTrue();
        assertThat(List.of(VILLAGE, TOWNSHIP, new OrgUnitCode("150526101203-G02")))
                .noneMatch(grid::covers);
    }

    @Test
    void auditorsReadTheWholeTenantButRegisterNowhereWithoutAskingTheTree() {
        Caller auditor = caller(Set.of("AUDITOR"), "150526101");

        assertThat(MatterReach.toRead(auditor, UNAVAILABLE)).isEqualTo(MatterReach.WHOLE_TENANT);
        assertThat(MatterReach.toRegister(auditor, UNAVAILABLE)).isEqualTo(MatterReach.NOTHING);
        // Staff who also audit register within their subtree only.
        assertThat(MatterReach.toRegister(caller(Set.of("STAFF", "AUDITOR"), "150526101"), TREE)
                        .covers(COUNTY))
                .isFalse();
    }

    @Test
    void integratorsReachTheWholeTenantWithoutAskingTheTreeOthersNothing() {
        assertThat(MatterReach.toRegister(caller(Set.of("INTEGRATOR"), null), UNAVAILABLE))
                .isEqualTo(MatterReach.WHOLE_TENANT);
        assertThat(MatterReach.toRead(caller(Set.of("INTEGRATOR"), null), UNAVAILABLE))
                .isEqualTo(MatterReach.WHOLE_TENANT);
        for (String role : List.of("OPERATOR", "TENANT_ADMIN", "SOMEONE")) {
            assertThat(MatterReach.toRead(caller(Set.of(role), "150526"), UNAVAILABLE))
                    .isEqualTo(MatterReach.NOTHING);
            assertThat(MatterReach.toRegister(caller(Set.of(role), "150526"), UNAVAILABLE))
                    .isEqualTo(MatterReach.NOTHING);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "1505261", "150526 ", "15052610_", "x150526", "1505261012034", "[150526]"})
    void staffWhoseTokenNamesNoUnitOfTheTreeReachNothing(String unit) {
        assertThat(MatterReach.toRead(caller(Set.of("STAFF"), unit), TREE)).isEqualTo(MatterReach.NOTHING);
        assertThat(MatterReach.toRegister(caller(Set.of("SUPERVISOR"), unit), TREE))
                .isEqualTo(MatterReach.NOTHING);
    }

    @Test
    void staffWithoutAnOrgUnitReachNothing() {
        assertThat(MatterReach.toRead(caller(Set.of("STAFF"), null), UNAVAILABLE))
                .isEqualTo(MatterReach.NOTHING);
    }

    private static Caller caller(Set<String> roles, @Nullable String orgUnit) {
        return new Caller("someone", "onedoor-console", "nm-jarud", "150000", orgUnit, roles, Set.of("cases:read"));
    }
}
