package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardValidator;
import io.github.cxonesdk.dashboards.Dashboards;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cxone dashboard}: dashboard definitions in files. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = "Dashboard definitions in JSON or YAML files.")
final class DashboardCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: validate");
    }

    /** {@code cxone dashboard validate FILE}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks a dashboard (JSON, or YAML for .yaml/.yml) against the service's rules before any"
                    + " network call.", "Prints {\"valid\": bool, \"violations\": [{\"path\",\"message\"}]}; exit 1 when invalid."},
            footer = {"", "Example:", "  cxone dashboard validate agent-performance.yaml"})
    static final class Validate implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The dashboard file.")
        String file;

        Validate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String text = Inputs.readText(context, file);
            List<Violation> violations;
            try {
                Dashboard dashboard = yaml(text) ? Dashboards.readYaml(text) : Dashboards.readJson(text);
                violations = DashboardValidator.create().violations(dashboard);
            } catch (ModelValidationException e) {
                if (FilterFiles.unreadable(e)) {
                    throw new CliException(CliException.BAD_INPUT, file + ": "
                            + Cli.capped(e.violations().get(0).message()), e);
                }
                violations = e.violations();
            }
            ObjectNode result = JsonOutput.object();
            result.put("valid", violations.isEmpty());
            ArrayNode list = result.putArray("violations");
            violations.forEach(v -> list.addObject().put("path", v.path()).put("message", v.message()));
            JsonOutput.print(spec.commandLine().getOut(), result);
            return violations.isEmpty() ? 0 : CliException.CHECK_FAILED;
        }

        private boolean yaml(String text) {
            String name = file.toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return true;
            }
            return !name.endsWith(".json") && !text.strip().startsWith("{");
        }
    }
}
