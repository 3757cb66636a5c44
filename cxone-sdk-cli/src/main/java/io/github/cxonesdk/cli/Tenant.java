package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneConfig;

/** The tenant (or simulator) that {@code CXONE_*} variables point at. */
final class Tenant {
    private Tenant() {
    }

    static CxoneConfig config(CliContext context) {
        if (!context.tenantConfigured()) {
            throw CliException.badInput("no tenant configured: set the CXONE_* variables (cxone simulate prints"
                    + " them for the simulator)");
        }
        try {
            return CxoneConfig.fromEnvironment(context.env());
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.BAD_INPUT, "CXONE_* variables: " + Cli.message(e), e);
        }
    }
}
