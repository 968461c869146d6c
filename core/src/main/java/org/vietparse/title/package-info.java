/** The title values the library returns. */
@NullMarked
package org.vietparse.title;

import org.jspecify.annotations.NullMarked;
