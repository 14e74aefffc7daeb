/**
 * The services behind the gateway: each one a static list of replicas, balanced round robin by
 * Spring Cloud LoadBalancer ({@code lb://tenant-service}, {@code lb://case-service}).
 */
@NullMarked
package io.onedoor.gateway.upstream;

import org.jspecify.annotations.NullMarked;
