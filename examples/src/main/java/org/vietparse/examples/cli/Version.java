package org.vietparse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into {@code version.properties} (Maven resource filtering). */
final class Version implements IVersionProvider {
  private static final String VERSION = load();

  /** The project's version, e.g. {@code 0.1.0}. */
  static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"vietparse " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      // an IDE that copies resources without filtering leaves the placeholder
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
