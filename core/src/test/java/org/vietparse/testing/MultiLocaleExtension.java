package org.vietparse.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * The default locales {@link MultiLocaleTest} runs a test under, and the interceptor that makes
 * each the default for one invocation and restores the previous default after it: Turkish for its
 * dotless i ({@code "I".toLowerCase()} is "ı" there), German for its decimal comma, Vietnamese for
 * the language of the text itself.
 */
public final class MultiLocaleExtension implements ArgumentsProvider, InvocationInterceptor {
  /** The locales every multi-locale test runs under. */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH,
      Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("vi-VN"), Locale.GERMANY);

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return LOCALES.stream().map(Arguments::of);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
    Locale wanted = call.getArguments().stream().filter(Locale.class::isInstance)
        .map(Locale.class::cast).findFirst()
        .orElseThrow(() -> new IllegalStateException("a @MultiLocaleTest takes a Locale"));
    Locale saved = Locale.getDefault();
    Locale.setDefault(wanted);
    try {
      invocation.proceed();
    } finally {
      Locale.setDefault(saved);
    }
  }
}
