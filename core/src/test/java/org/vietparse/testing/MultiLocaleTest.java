package org.vietparse.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once under each default locale of {@link MultiLocaleExtension} (English, Turkish,
 * Vietnamese, German), restoring the default afterwards. The test method takes the
 * {@link java.util.Locale} it runs under.
 *
 * <pre>{@code
 * @MultiLocaleTest
 * void readsTheSame(Locale locale) {
 *   assertEquals("2024-Q3", VietParse.parseDate("QUÝ III/2024").orElseThrow().timex().get());
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "default locale {0}")
@ArgumentsSource(MultiLocaleExtension.class)
@ExtendWith(MultiLocaleExtension.class)
public @interface MultiLocaleTest {}
