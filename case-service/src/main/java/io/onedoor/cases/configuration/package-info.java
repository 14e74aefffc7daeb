/**
 * The center's configuration as case-service uses it: tenant-service's versioned snapshot of a
 * tenant (the org tree, categories with their standard paths, complexity rules and deadlines, the
 * working calendar and hours), read through a bounded local cache from Redis, or from
 * tenant-service when Redis does not have it, and dropped from the cache when tenant-service
 * announces a change.
 */
@NullMarked
package io.onedoor.cases.configuration;

import org.jspecify.annotations.NullMarked;
