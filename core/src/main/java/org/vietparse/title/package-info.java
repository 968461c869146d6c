/**
 * The title values the library returns: {@link org.vietparse.title.Title}, an official title
 * with its canonical Vietnamese form, role, organization, country, posting, kind, status and
 * English rendering.
 *
 * <pre>{@code
 * Title t = VietParse.parseTitle("Chủ tịch UBND TP Hà Nội").orElseThrow();
 * t.canonical();   // "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội"
 * t.english();          // Optional[Chairman of the Hanoi People's Committee]
 * }</pre>
 */
@NullMarked
package org.vietparse.title;

import org.jspecify.annotations.NullMarked;
