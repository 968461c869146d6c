/** The money values the library returns. */
@NullMarked
package org.vietparse.money;

import org.jspecify.annotations.NullMarked;
