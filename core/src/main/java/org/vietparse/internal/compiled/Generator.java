package org.vietparse.internal.compiled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vietparse.VietParse;

/**
 * Compiles the bundled lexicons at build time: builds an {@code Extractor} of every type from the
 * TSV files, as a user's first build does, records what that reads (see {@link
 * CompiledLexicons}) and writes it to {@value CompiledLexicons#RESOURCE} under the class output
 * folder. Maven runs it in the {@code process-classes} phase, in a class loader of its own, so
 * that no lexicon was built before recording starts.
 *
 * <pre>
 * java -cp core/target/classes:… org.vietparse.internal.compiled.Generator core/target/classes
 * </pre>
 */
public final class Generator {
  private Generator() {}

  /**
   * Writes the compiled lexicons.
   *
   * @param args the class output folder
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Generator CLASS_OUTPUT_FOLDER");
    }
    Path out = Path.of(args[0]).resolve(CompiledLexicons.RESOURCE.substring(1));
    byte[] bytes = generate();
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
  }

  /**
   * The compiled form of the bundled lexicons, built from their TSV files. Must run before any
   * lexicon is built in this class loader: later, they are shared and read nothing more.
   *
   * @return the bytes of {@value CompiledLexicons#RESOURCE}
   */
  public static byte[] generate() {
    CompiledLexicons.startRecording();
    VietParse.extractor().build();
    return CompiledLexicons.recorded();
  }
}
