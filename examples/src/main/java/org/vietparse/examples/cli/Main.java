package org.vietparse.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vietparse} command: {@code java -jar examples/target/vietparse.jar extract FILE…}.
 */
@Command(name = "vietparse", mixinStandardHelpOptions = true, version = "vietparse 0.1.0",
    description = "Dates, money, official titles and named officials in Vietnamese news text.",
    subcommands = {ExtractCommand.class, EvalCommand.class})
public final class Main implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs the command line and returns its exit code, for tests and for {@link #main}. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("vietparse: " + ex.getMessage());
      ex.getCommandLine().getErr().println("try: vietparse " + ex.getCommandLine().getCommandName()
          + " --help");
      return 2;
    });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
