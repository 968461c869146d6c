package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public surface is what module-info exports, and core needs nothing beyond its three libraries. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    // tests run on the class path, so look in core's own classes, not the first match
    Path classes;
    try {
      classes = Path.of(VietParse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path info = Files.isDirectory(classes) ? classes.resolve("module-info.class") : null;
    assertNotNull(info, "core's classes are a folder while testing: " + classes);
    try (InputStream in = Files.newInputStream(info)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsOnlyTheApiAndValuePackages() throws IOException {
    ModuleDescriptor d = descriptor();
    assertEquals("org.vietparse", d.name());
    Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of("org.vietparse", "org.vietparse.date",
        "org.vietparse.money", "org.vietparse.title", "org.vietparse.official")), exports);
  }

  @Test
  void requiresOnlyGuavaIcuAndSlf4j() throws IOException {
    Set<String> requires = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of("java.base", "com.google.common", "com.ibm.icu",
        "org.slf4j", "org.jspecify")), requires);
  }
}
