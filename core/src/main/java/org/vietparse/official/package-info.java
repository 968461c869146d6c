/** The official values the library returns. */
@NullMarked
package org.vietparse.official;

import org.jspecify.annotations.NullMarked;
