package io.statedesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check component files the way daprd reads them, and print each problem as",
                "file:line:column: severity: message. Exit 5 when there is at least one error; warnings alone exit 0.",
                "Sends no request."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk validate ./components",
                "  statedesk validate statestore.yaml || echo 'fix the component first'"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|DIR",
            description = "A component file or folder (default: --component, else ~/.dapr/components).")
    Path target;

    @Override
    public Integer call() {
        Path source = target != null ? target : root.componentSource();
        List<Finding> findings = ComponentFiles.validate(source);
        findings.forEach(f -> root.context().out().println(f.format()));
        long errors = findings.stream().filter(Finding::error).count();
        long warnings = findings.size() - errors;
        root.context().err().println(source + ": " + plural(errors, "error") + ", " + plural(warnings, "warning"));
        return errors > 0 ? ExitCodes.INVALID_COMPONENT : ExitCodes.OK;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
