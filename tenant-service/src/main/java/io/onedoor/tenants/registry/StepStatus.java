package io.onedoor.tenants.registry;

enum StepStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}
