package io.onedoor.tenants.provisioning;

/** The kinds of unit in a center's org tree, from the center itself down to a grid. */
public enum OrgUnitKind {
    CENTER,
    TOWNSHIP,
    VILLAGE,
    COMMUNITY,
    GRID
}
