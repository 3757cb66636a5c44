package io.github.cxonesdk.cli;

import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cxone simulate}: the CXone simulator standalone, until stopped. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs the CXone simulator (REST, OAuth, event and presence streams, API.md) until Ctrl-C,"
                + " with a workload of interaction events and agent presence, and prints the export CXONE_... lines"
                + " that point other tools (cxone stream tail, your own code) at it."},
        footer = {"", "Example:", "  cxone simulate --port 8080 --seed 7 --rate 20"})
final class SimulateCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P",
            description = "The port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the workload, for a repeatable run.")
    Long seed;

    @Option(names = "--rate", defaultValue = "10", paramLabel = "R",
            description = "Workload events per second, 0 for none. Default: ${DEFAULT-VALUE}.")
    int rate;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw CliException.badInput("--port must be 0 to 65535, was " + port);
        }
        if (rate < 0) {
            throw CliException.badInput("--rate must be 0 or more, was " + rate);
        }
        CxoneSimulator.Builder builder = CxoneSimulator.builder().port(port).recordLimit(0);
        if (seed != null) {
            builder.seed(seed);
        }
        CxoneSimulator sim;
        try {
            sim = builder.build().start();
        } catch (RuntimeException e) {
            throw new CliException(CliException.BAD_INPUT, "cannot start the simulator on port " + port + ": "
                    + Cli.message(e), e);
        }
        try (sim) {
            if (rate > 0) {
                sim.workload().start(rate);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("# CXone simulator at " + sim.baseUrl() + " (" + (rate > 0 ? rate + " events/s" : "no workload")
                    + "); Ctrl-C stops it. Point a client at it with:");
            sim.environment().forEach((name, value) -> out.println("export " + name + "=" + shellQuoted(value)));
            out.flush();
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Quotes a value for a POSIX shell when it holds anything but URL-safe characters. */
    static String shellQuoted(String value) {
        return value.matches("[A-Za-z0-9_.:/@%+,=-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
