/**
 * Named officials: {@link org.vietparse.official.Official} (a name with its titles, honorific
 * and alias), {@link org.vietparse.official.PersonName} (a name and its Vietnamese parts), and
 * {@link org.vietparse.official.Person} (one person of a document, from
 * {@link org.vietparse.Extraction#people()}), with {@link org.vietparse.official.TitleLink} for a
 * title mentioned without a name.
 *
 * <pre>{@code
 * Extraction x = VietParse.extract(text);
 * for (Person p : x.people()) {
 *   System.out.println(p.name() + " " + p.titleNames() + " ×" + p.mentionCount());
 * }
 * }</pre>
 */
@NullMarked
package org.vietparse.official;

import org.jspecify.annotations.NullMarked;
