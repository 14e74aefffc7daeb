package io.onedoor.tenants.configuration;

/** A center's configuration has a new version (published within the transaction that saved it). */
public record ConfigurationChanged(String tenant) {}
