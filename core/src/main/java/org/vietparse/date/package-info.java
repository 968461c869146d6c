/** The date values the library returns. */
@NullMarked
package org.vietparse.date;

import org.jspecify.annotations.NullMarked;
