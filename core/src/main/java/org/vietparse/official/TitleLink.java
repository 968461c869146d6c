package org.vietparse.official;

import java.util.Objects;
import org.vietparse.OfficialMention;
import org.vietparse.TitleMention;

/**
 * A title mentioned without a name ("Chủ tịch nước nhấn mạnh …") and linked to the person who
 * held that title earlier in the same document, with the evidence: the earlier official mention
 * that gave that person the same title ("Chủ tịch nước Lương Cường"). No name is invented: the
 * link only says which named mention the title most plausibly refers back to.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Person p : VietParse.extract(text).people()) {
 *   for (TitleLink l : p.titleLinks()) {
 *     System.out.println(l.mention().text() + " → " + l.evidence().text());
 *   }
 * }
 * }</pre>
 *
 * @param mention the title mentioned without a name
 * @param evidence the latest earlier official mention of the person with the same title
 */
public record TitleLink(TitleMention mention, OfficialMention evidence) {

  /**
   * Checks that no component is null.
   *
   * @param mention the title mentioned without a name
   * @param evidence the latest earlier official mention of the person with the same title
   * @throws NullPointerException if a component is null
   */
  public TitleLink {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(evidence, "evidence");
  }
}
