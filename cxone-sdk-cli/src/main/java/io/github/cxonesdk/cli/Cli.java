package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.internal.Redaction;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the command tree and runs it: one clear line on stderr for every failure (the stack trace
 * only with {@code --debug}), exit 2 for bad usage or unreadable input, 1 for a failed check.
 */
@Command(name = "cxone", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "The CXone SDK from the command line: the end-to-end demo, the simulator, and ops commands.",
        footer = {"", "Exit codes: 0 ok, 1 a check failed (incompatible, invalid, no match), 2 bad usage or"
                + " unreadable input."})
final class Cli {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the SDK's log lines (info) on stderr.")
    boolean verbose;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show debug log lines and the stack trace of a failure.")
    boolean debug;

    private Cli() {
    }

    /** Builds the whole command tree over a context. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new Cli());
        cli.addSubcommand(new DemoCommand(context));
        cli.addSubcommand(new SimulateCommand(context));
        cli.addSubcommand(new AggregateCommand(context));
        cli.addSubcommand(new CommandLine(new FilterCommand())
                .addSubcommand(new FilterCommand.Validate(context))
                .addSubcommand(new FilterCommand.Eval(context)));
        cli.addSubcommand(new CommandLine(new DashboardCommand())
                .addSubcommand(new DashboardCommand.Validate(context)));
        cli.addSubcommand(new CommandLine(new SchemaCommand())
                .addSubcommand(new SchemaCommand.Diff(context))
                .addSubcommand(new SchemaCommand.Validate(context))
                .addSubcommand(new SchemaCommand.MapPayload(context)));
        cli.addSubcommand(new CommandLine(new StreamCommand())
                .addSubcommand(new StreamCommand.Tail(context)));
        return cli;
    }

    /**
     * Runs a command line.
     *
     * @return the exit code
     */
    static int execute(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(context);
        boolean debug = java.util.List.of(args).contains("--debug");
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine command = e.getCommandLine();
            err.println(command.getCommandName().equals("cxone") && command.getCommandSpec().parent() == null
                    ? "cxone: " + e.getMessage() + " (see 'cxone --help')"
                    : "cxone " + qualifiedName(command) + ": " + e.getMessage() + " (see 'cxone "
                    + qualifiedName(command) + " --help')");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return CliException.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("cxone " + qualifiedName(command) + ": " + message(e));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return exitCode(e);
        });
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    private static String qualifiedName(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName(" ");
        return name.startsWith("cxone ") ? name.substring("cxone ".length()) : name;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CliException cli) {
            return cli.exitCode();
        }
        return e instanceof ModelValidationException ? CliException.BAD_INPUT : CliException.CHECK_FAILED;
    }

    /** One line: the message of the failure (capped), or its type when it has none. */
    static String message(Throwable e) {
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            text = e.getClass().getSimpleName() + (e.getCause() == null ? "" : ": " + message(e.getCause()));
        }
        String line = text.replaceAll("\\s*\\R\\s*", " ");
        return e instanceof CliException ? line : Redaction.text(line);
    }

    /** A user- or file-controlled string made safe for a one-line message: capped and scrubbed. */
    static String capped(String text) {
        return Redaction.text(text.replaceAll("\\s*\\R\\s*", " "));
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties properties = new java.util.Properties();
            try (java.io.InputStream in = Cli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            String version = properties.getProperty("version", "unknown");
            return new String[] {"cxone " + version + " (cxone-sdk, Java " + Runtime.version() + ")"};
        }
    }
}
