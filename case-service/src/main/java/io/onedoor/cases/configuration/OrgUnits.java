package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.OrgUnitCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A center's org tree as its snapshot lists it: every unit with its materialized path of codes
 * from the center down ({@code /150526/150526001/150526001001-G01/}), active or retired.
 *
 * <p>The tree is the paths, never the shape of the codes: grids carry codes no division code
 * prefixes, and a unit moved under another parent keeps its code while its path changes.
 */
final class OrgUnits {

    private static final Pattern PATH = Pattern.compile("^/([^/]+/)+$");

    private final Map<String, Unit> byCode;
    /** By path: the units of a subtree, whose paths all start with its root's, are one range. */
    private final NavigableMap<String, Unit> byPath;

    OrgUnits(Collection<Unit> units) {
        Map<String, Unit> codes = new HashMap<>();
        NavigableMap<String, Unit> paths = new TreeMap<>();
        for (Unit unit : units) {
            if (codes.put(unit.code(), unit) != null) {
                throw new IllegalArgumentException("the snapshot lists org unit " + unit.code() + " twice");
            }
            paths.put(unit.path(), unit);
        }
        this.byCode = Map.copyOf(codes);
        this.byPath = paths;
    }

    /** Whether the unit is active; empty if the center has no such unit. */
    Optional<Boolean> active(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Unit::active);
    }

    /**
     * The unit and every unit whose path passes through it, retired ones included (their matters
     * stay in the ledger); empty if the center has no such unit.
     */
    Optional<Set<OrgUnitCode>> subtree(OrgUnitCode root) {
        Unit unit = byCode.get(root.value());
        if (unit == null) {
            return Optional.empty();
        }
        String path = unit.path();
        // Every path that starts with "/a/b/" sorts from "/a/b/" to just before "/a/b0" ('0' follows '/').
        String end = path.substring(0, path.length() - 1) + (char) ('/' + 1);
        return Optional.of(byPath.subMap(path, true, end, false).values().stream()
                // A code of another shape cannot be on a matter, so it is not worth reaching.
                .flatMap(below -> OrgUnitCode.parse(below.code()).stream())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** One org unit of the snapshot. Its path ends with its own code. */
    record Unit(String code, String path, boolean active) {

        Unit {
            if (!PATH.matcher(path).matches() || !path.endsWith("/" + code + "/")) {
                throw new IllegalArgumentException(
                        "org unit " + code + " has no materialized path of codes ending with its own");
            }
        }
    }
}
