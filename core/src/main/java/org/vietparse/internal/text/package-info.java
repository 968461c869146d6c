/**
 * The text layer: a normalized view of the input ({@link org.vietparse.internal.text.VietText}) with an
 * offset map back to the original, and the tokens every recognizer reads. Not exported by the
 * module: recognizers use it, callers see only original offsets.
 */
@NullMarked
package org.vietparse.internal.text;

import org.jspecify.annotations.NullMarked;
