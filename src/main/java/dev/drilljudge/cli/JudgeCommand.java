package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.report.submission.TextStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** The root command: parses arguments and maps failures to the documented exit codes. */
@Command(name = "judge",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = JudgeVersion.class,
        description = "Drill Judge: timed coding-interview practice in Java, scored for the Meta and Amazon bars.")
public final class JudgeCommand implements Runnable {
    /** In the order `judge --help` lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ListCommand.class,
            ShowCommand.class,
            RunCommand.class,
            SubmitCommand.class,
            ReproCommand.class,
            VerifyCommand.class,
            StartCommand.class,
            DebugDrillCommand.class,
            StatusCommand.class,
            MockCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            LintCommand.class,
            NewCommand.class,
            DoctorCommand.class,
            GradeCommand.class,
            MergeGradesCommand.class,
            PracticeRepoCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The tree for these arguments: when the first one names a command, only that command's model is built.
     * Each model is built by reflection, and building all of them would cost every `judge submit` ~0.1 s before
     * any work starts; help, errors and everything else get the whole tree.
     */
    public static CommandLine commandLineFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                Command command = subcommand.getAnnotation(Command.class);
                if (subcommand != CommandLine.HelpCommand.class && command.name().equals(args[0])) {
                    return commandLine(List.of(subcommand));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new JudgeCommand());
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        commandLine.setExecutionExceptionHandler(JudgeCommand::handleFailure);
        commandLine.setParameterExceptionHandler(JudgeCommand::handleUsageError);
        return commandLine;
    }

    private static CommandLine.Help.Ansi ansi() {
        return TextStyle.forTerminal().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }

    /**
     * A mistake in the arguments gets one line naming it and the help to read, and exits 2: no usage dump, which
     * would bury the one line that matters (as git and cargo do).
     */
    private static int handleUsageError(CommandLine.ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        String message = mistake.getMessage().replaceAll("\\s*\\R\\s*", " ");
        command.getErr().println("judge: " + message + "; try `" + command.getCommandSpec().qualifiedName()
                + " --help`");
        return ExitCodes.BAD_INPUT;
    }

    /** User mistakes get one line and exit 2; anything else is the judge's fault and exits 3. */
    private static int handleFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof BadInputException) {
            err.println("judge: " + failure.getMessage().replaceAll("\\s*\\R\\s*", " "));
            return ExitCodes.BAD_INPUT;
        }
        err.println("judge: internal error: " + failure);
        if (System.getenv("DRILL_JUDGE_DEBUG") != null) {
            failure.printStackTrace(err);
        } else {
            err.println("judge: set DRILL_JUDGE_DEBUG=1 for the stack trace, and please report it");
        }
        return ExitCodes.JUDGE_ERROR;
    }
}
