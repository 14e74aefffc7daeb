package io.onedoor.tenants.registry;

/** The steps of onboarding, in the order they run. */
enum OnboardingStep {
    /** The registry row and the step rows, committed before anything else exists. */
    REGISTER,
    CREATE_SCHEMA,
    MIGRATE_TENANT_SERVICE,
    MIGRATE_CASE_SERVICE,
    SEED_CONFIGURATION,
    ACTIVATE
}
