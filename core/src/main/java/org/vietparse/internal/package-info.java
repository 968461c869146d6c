/**
 * Machinery shared by the recognizers: the document being read, settings, lexicon loading.
 * Not exported by the module.
 */
@NullMarked
package org.vietparse.internal;

import org.jspecify.annotations.NullMarked;
