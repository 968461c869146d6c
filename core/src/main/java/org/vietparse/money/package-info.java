/**
 * Monetary figures of Vietnamese news: {@link org.vietparse.money.Money} (an exact amount or a
 * range, a {@link java.util.Currency}, a {@link org.vietparse.money.Modifier}, a unit for unit
 * prices). The values are immutable and thread-safe.
 *
 * <pre>{@code
 * Money m = Money.parse("khoảng nửa triệu đồng/lượng");
 * m.amount();     // Optional[500000]
 * m.per();        // Optional[lượng]
 * }</pre>
 */
@NullMarked
package org.vietparse.money;

import org.jspecify.annotations.NullMarked;
