/**
 * Vietnamese numbers: digits with Vietnamese separators, numerals in words, scale words, and
 * ordinals. Not exported: callers use {@code VietParse.parseNumber}.
 */
@NullMarked
package org.vietparse.internal.number;

import org.jspecify.annotations.NullMarked;
