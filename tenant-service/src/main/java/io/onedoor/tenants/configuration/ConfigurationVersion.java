package io.onedoor.tenants.configuration;

import java.time.Instant;

/** One saved version of a center's configuration. */
public record ConfigurationVersion(
        long version, CenterConfiguration document, Instant savedAt, String savedBy, String summary) {

    /** A version as the history lists it, without its document. */
    public record Summary(long version, Instant savedAt, String savedBy, String summary) {}
}
