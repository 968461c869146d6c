/** The grammar that finds title mentions. Not exported. */
@NullMarked
package org.vietparse.internal.title;

import org.jspecify.annotations.NullMarked;
