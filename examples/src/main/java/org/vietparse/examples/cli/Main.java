package org.vietparse.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code vietparse} command: {@code java -jar examples/target/vietparse.jar extract FILE…}.
 *
 * <p>Exit codes: 0 done (and {@code --help}, {@code --version}, which print to standard
 * output); 1 an input could not be read or the output not written; 2 a usage error, whose
 * message, the command's synopsis and a pointer to {@code --help} go to standard error.
 */
@Command(name = "vietparse", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Dates, money, official titles and named officials in Vietnamese news text.",
    subcommands = {CommandLine.HelpCommand.class},
    footer = {"", "Run 'vietparse COMMAND --help' for a command's options. Exit codes: 0 done,"
        + " 1 an input or the output failed, 2 a usage error."})
public final class Main implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private Main() {}

  /** No command given: that is a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("vietparse: a command is required");
    spec.commandLine().usage(err);
    return 2;
  }

  /** The command line with its commands, writing to {@code io}. */
  static CommandLine commandLine(Io io) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand(new ExtractCommand(io));
    cl.addSubcommand(new EvalCommand(io));
    cl.addSubcommand(new PeopleCommand(io));
    cl.addSubcommand(new ServeCommand(io));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter err = c.getErr();
      String name = c.getCommandSpec().qualifiedName();
      err.println("vietparse: " + ex.getMessage());
      err.print("Usage: " + c.getHelp().synopsis(0));
      err.println("Try '" + name + " --help' for more information.");
      err.flush();
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      // a defect of ours, not of the input: one line, and the trace for a bug report
      PrintWriter err = c.getErr();
      err.println("vietparse: internal error: " + ex);
      ex.printStackTrace(err);
      err.flush();
      return 1;
    });
    return cl;
  }

  /**
   * Runs the command line with {@code io}'s streams and returns its exit code.
   *
   * @param io the streams and what is a terminal
   * @param args the arguments
   * @return the exit code
   */
  static int run(Io io, String... args) {
    return commandLine(io).execute(args);
  }

  /**
   * Runs the command line on {@link System#in}, {@link System#out} and {@link System#err}, with
   * standard input taken to be a terminal (it is read only when asked with {@code -}) and no
   * progress bar.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    PrintStream err = System.err;
    return run(new Io(System.in, System.out, err, true, false), args);
  }

  /**
   * The entry point of {@code vietparse.jar}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(Io.process(), args));
  }
}
