package io.onedoor.tenants.provisioning;

/**
 * A provisioning action failed for a reason worth telling the operator. The message is recorded
 * with the failed step, so it names what failed and never carries credentials or request bodies.
 */
public class ProvisioningFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProvisioningFailure(String message) {
        super(message);
    }

    public ProvisioningFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
