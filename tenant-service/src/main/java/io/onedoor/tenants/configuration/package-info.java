/**
 * A center's regional configuration: its org tree, areas and windows, stationed departments,
 * categories with their standard paths and deadlines, calendar overrides and KPIs, kept as one
 * versioned document per tenant ({@link CenterConfiguration}), checked as a whole by
 * {@link ConfigurationRules} before any version is saved.
 */
@NullMarked
package io.onedoor.tenants.configuration;

import org.jspecify.annotations.NullMarked;
