/** The grammar that finds money mentions. Not exported. */
@NullMarked
package org.vietparse.internal.money;

import org.jspecify.annotations.NullMarked;
