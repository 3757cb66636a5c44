package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamListener;
import io.github.cxonesdk.streaming.StreamProtocols;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cxone stream}: the live event and presence streams. */
@Command(name = "stream", mixinStandardHelpOptions = true, description = "The live event and presence streams.")
final class StreamCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: tail");
    }

    /** {@code cxone stream tail}. */
    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = {"Prints live events (one JSON object per line) from the tenant or simulator that the"
                    + " CXONE_* variables point at, until Ctrl-C, reconnecting and resuming as the SDK does."
                    + " Reconnects are reported on stderr."},
            footer = {"", "Example (after exporting the lines cxone simulate prints):",
                    "  cxone stream tail --type interaction.completed", "  cxone stream tail --presence --user u1 --user u2"})
    static final class Tail implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "interaction.completed",
                description = "An event type to subscribe to (repeatable). Default: ${DEFAULT-VALUE}.")
        List<String> types;

        @Option(names = "--presence", description = "Follow the presence stream (agent status) instead of events.")
        boolean presence;

        @Option(names = "--user", paramLabel = "ID", description = "With --presence: a user to follow (repeatable);"
                + " default every user the token may see.")
        List<String> users;

        @Option(names = "--resume-after", paramLabel = "SEQ", description = "Start after this event sequence (0"
                + " replays what the server still holds); default: live events only.")
        Long resumeAfter;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Stop after N events (default 0: until Ctrl-C).")
        long limit;

        Tail(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (limit < 0) {
                throw CliException.badInput("--limit must be 0 or more");
            }
            CxoneConfig config = Tenant.config(context);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            URI url = presence ? config.presenceStreamUrl() : config.eventStreamUrl();
            AtomicLong printed = new AtomicLong();
            CompletableFuture<Void> done = new CompletableFuture<>();
            StreamClient.Builder builder = StreamClient.builder(url, presence ? StreamProtocols.presence(users)
                    : StreamProtocols.events(types.toArray(String[]::new)), TokenProviders.fromConfig(config))
                    .listener(new StreamListener() {
                        @Override
                        public void onReconnecting(int attempt, Duration delay, String reason) {
                            err.println("cxone stream tail: reconnecting (attempt " + attempt + " in "
                                    + delay.toMillis() + " ms): " + Cli.capped(String.valueOf(reason)));
                            err.flush();
                        }
                    });
            if (resumeAfter != null) {
                if (presence || resumeAfter < 0) {
                    throw CliException.badInput("--resume-after takes a sequence of 0 or more, and not with --presence");
                }
                builder.resumeAfter(resumeAfter);
            }
            try (StreamClient stream = builder.build()) {
                stream.start(event -> {
                    synchronized (out) {
                        if (limit == 0 || printed.get() < limit) {
                            out.println(event.json());
                            out.flush();
                            if (printed.incrementAndGet() == limit) {
                                done.complete(null);
                            }
                        }
                    }
                });
                stream.terminated().whenComplete((v, e) -> {
                    if (e != null) {
                        done.completeExceptionally(e);
                    } else {
                        done.complete(null);
                    }
                });
                done.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new CliException(CliException.CHECK_FAILED, "the stream ended: " + Cli.message(cause), cause);
            }
            return 0;
        }
    }
}
