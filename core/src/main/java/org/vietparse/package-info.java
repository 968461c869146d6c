/**
 * The entry point {@link org.vietparse.VietParse}, the configured {@link org.vietparse.Extractor},
 * and what they return: {@link org.vietparse.Extraction} and its {@link org.vietparse.Mention}s.
 */
@NullMarked
package org.vietparse;

import org.jspecify.annotations.NullMarked;
