package org.vietparse.examples.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vietparse.examples.server.ParseServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vietparse serve}: the HTTP JSON API and its page, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false,
    description = "Serves POST /parse (mentions as JSON), POST /people, GET /health and, at"
        + " GET /, a page to try them. See docs/server.md.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--port"}, paramLabel = "N",
      description = "Port to listen on, 0 for any free one (default: 8000).")
  int port = 8000;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for"
          + " every interface).")
  String host = "127.0.0.1";

  @Option(names = "--max-request-size", paramLabel = "SIZE",
      converter = InputOptions.SizeConverter.class,
      description = "Largest request body; larger ones get 413 (default: 1M).")
  long maxBody = ParseServer.DEFAULT_MAX_BODY;

  @Option(names = "--threads", paramLabel = "N",
      description = "Request threads, 1 or more (default: twice the cores, at least 4).")
  int threads = ParseServer.Options.defaults().threads();

  private final Io io;

  ServeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InterruptedException {
    InputOptions.checkThreads(spec, threads);
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port: from 0 to 65535, not " + port);
    }
    ParseServer server;
    try {
      server = ParseServer.start(new InetSocketAddress(host, port),
          new ParseServer.Options((int) Math.min(Integer.MAX_VALUE - 8, maxBody), threads,
              Version.get()));
    } catch (IOException e) {
      io.err().println("vietparse: cannot listen on " + host + ":" + port + ": "
          + Documents.reason(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "vietparse-serve-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    io.err().println("vietparse: serving http://" + shown + ":" + server.port()
        + "/ (POST /parse, POST /people, GET /health); stop with Ctrl-C");
    stopped.await();
    return 0;
  }
}
