/** The grammar that finds date mentions. Not exported. */
@NullMarked
package org.vietparse.internal.date;

import org.jspecify.annotations.NullMarked;
