package io.onedoor.cases.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.cases.CenterSnapshots;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.support.tenancy.TenantCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subtree of an org unit, as the snapshot's materialized paths give it: the units a staff
 * member of the unit reaches. Jarud banner (150526): two townships, villages, grids coded
 * {@code <village>-Gnn}, and a community whose code is no division code.
 */
class OrgTreeUnitTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TenantCode JARUD = new TenantCode("nm-jarud");

    static final String COUNTY = "150526";
    static final String TOWNSHIP_A = "150526101";
    static final String TOWNSHIP_B = "150526102";
    static final String VILLAGE = "150526101203";
    static final String GRID_1 = "150526101203-G01";
    static final String GRID_2 = "150526101203-G02";
    static final String COMMUNITY = "lubei-c07";

    final CenterSnapshots.Snapshot snapshot = CenterSnapshots.center(JARUD, COUNTY)
            .orgUnit(TOWNSHIP_A)
            .orgUnit(TOWNSHIP_B)
            .orgUnit(VILLAGE)
            .orgUnit(GRID_1)
            .orgUnit(GRID_2)
            .orgUnit(COMMUNITY, TOWNSHIP_B)
            .retiredOrgUnit("150526102301");

    @Test
    void aUnitsSubtreeIsItselfAndEveryUnitWhosePathPassesThroughIt() {
        CenterConfiguration center = read(snapshot);

        assertThat(subtree(center, GRID_1)).containsExactly(GRID_1);
        assertThat(subtree(center, VILLAGE)).containsExactlyInAnyOrder(VILLAGE, GRID_1, GRID_2);
        assertThat(subtree(center, TOWNSHIP_A)).containsExactlyInAnyOrder(TOWNSHIP_A, VILLAGE, GRID_1, GRID_2);
        // The community's code looks like nothing below the township: its path puts it there.
        // A retired village stays in the subtree: its matters stay in the ledger.
        assertThat(subtree(center, TOWNSHIP_B)).containsExactlyInAnyOrder(TOWNSHIP_B, COMMUNITY, "150526102301");
        assertThat(subtree(center, COUNTY))
                .containsExactlyInAnyOrder(
                        COUNTY, TOWNSHIP_A, TOWNSHIP_B, VILLAGE, GRID_1, GRID_2, COMMUNITY, "150526102301");
    }

    @Test
    void aUnitTheTreeDoesNotHoldHasNoSubtreeWhateverItsCodePrefixes() {
        CenterConfiguration center = read(snapshot);

        assertThat(center.subtree(new OrgUnitCode("15052610"))).isEmpty();
        assertThat(center.subtree(new OrgUnitCode("150526101204"))).isEmpty();
        assertThat(center.subtree(new OrgUnitCode("150527"))).isEmpty();
    }

    @Test
    void aMovedUnitAndItsGridsLeaveTheOldParentsSubtreeForTheNewOnes() {
        CenterConfiguration center = read(snapshot.move(VILLAGE, TOWNSHIP_B).version(2));

        assertThat(subtree(center, TOWNSHIP_A)).containsExactly(TOWNSHIP_A);
        assertThat(subtree(center, TOWNSHIP_B))
                .containsExactlyInAnyOrder(TOWNSHIP_B, COMMUNITY, "150526102301", VILLAGE, GRID_1, GRID_2);
        assertThat(subtree(center, VILLAGE)).containsExactlyInAnyOrder(VILLAGE, GRID_1, GRID_2);
    }

    @Test
    void codesSharingAPrefixAreNotEachOthersSubtree() {
        // "150526101" is a string prefix of "1505261010", and '-' and '.' sort before '/'.
        CenterConfiguration center = read(CenterSnapshots.center(JARUD, COUNTY)
                .orgUnit(TOWNSHIP_A, COUNTY)
                .orgUnit("1505261010", COUNTY)
                .orgUnit("150526101-x", COUNTY)
                .orgUnit("150526101.y", COUNTY)
                .orgUnit("150526101203", TOWNSHIP_A));

        assertThat(subtree(center, TOWNSHIP_A)).containsExactlyInAnyOrder(TOWNSHIP_A, "150526101203");
        assertThat(subtree(center, "1505261010")).containsExactly("1505261010");
    }

    @Test
    void aSnapshotWhoseTreeCannotBeToldIsRefusedWhole() {
        var reader = new SnapshotJson(JSON);

        for (String path : List.of("", "150526", "/150526", "//", "/150526//150526101/", "/150526/other/")) {
            Map<String, Object> json = withPathOf(TOWNSHIP_A, path);
            assertThatThrownBy(() -> reader.read(JSON.writeValueAsString(json), JARUD))
                    .as(path)
                    .isInstanceOf(SnapshotJson.MalformedSnapshotException.class);
        }
        Map<String, Object> withoutPath = withPathOf(TOWNSHIP_A, null);
        assertThatThrownBy(() -> reader.read(JSON.writeValueAsString(withoutPath), JARUD))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class)
                .hasMessageContaining("orgUnits[].path");
        Map<String, Object> twice = snapshot.json();
        List<Object> units = new ArrayList<>((List<?>) twice.get("orgUnits"));
        units.add(Map.of("code", TOWNSHIP_A, "path", "/150526/150526102/150526101/", "active", true));
        twice.put("orgUnits", units);
        assertThatThrownBy(() -> reader.read(JSON.writeValueAsString(twice), JARUD))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class);
    }

    private Map<String, Object> withPathOf(String code, String path) {
        Map<String, Object> json = snapshot.json();
        List<Map<String, Object>> units = new ArrayList<>();
        for (Object unit : (List<?>) json.get("orgUnits")) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) unit).forEach((key, value) -> copy.put((String) key, value));
            if (code.equals(copy.get("code"))) {
                copy.put("path", path);
            }
            units.add(copy);
        }
        json.put("orgUnits", units);
        return json;
    }

    private static CenterConfiguration read(CenterSnapshots.Snapshot snapshot) {
        return new SnapshotJson(JSON).read(JSON.writeValueAsString(snapshot.json()), JARUD);
    }

    private static Set<String> subtree(CenterConfiguration center, String unit) {
        Optional<Set<OrgUnitCode>> subtree = center.subtree(new OrgUnitCode(unit));
        assertThat(subtree).as(unit).isPresent();
        return subtree.orElseThrow().stream().map(OrgUnitCode::value).collect(Collectors.toSet());
    }
}
