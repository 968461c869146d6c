/** The grammar that finds official mentions. Not exported. */
@NullMarked
package org.vietparse.internal.official;

import org.jspecify.annotations.NullMarked;
