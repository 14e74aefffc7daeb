package io.onedoor.support.access;

import java.util.Optional;

/**
 * What an enforcement point knows beyond the token and the path: the province of a tenant (the
 * gateway from its directory, tenant-service from its registry). A point that cannot know it
 * answers empty, and a rule that needs it then fails closed.
 */
@FunctionalInterface
public interface AccessFacts {

    Optional<String> provinceOfTenant(String tenant);

    AccessFacts NONE = tenant -> Optional.empty();
}
