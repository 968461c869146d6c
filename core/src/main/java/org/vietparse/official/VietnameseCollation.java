package org.vietparse.official;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/** Vietnamese collation, loaded from ICU on first use: plain extraction never pays for it. */
final class VietnameseCollation {
  private VietnameseCollation() {}

  static final Comparator<PersonName> NAME_ORDER = VietnameseCollation::compareNames;

  static int compareNames(PersonName a, PersonName b) {
    String[] ka = a.sortKeys();
    String[] kb = b.sortKeys();
    Collator c = Holder.COLLATOR;
    for (int i = 0; i < ka.length; i++) {
      int r = c.compare(ka[i], kb[i]);
      if (r != 0) {
        return r;
      }
    }
    return a.text().compareTo(b.text());
  }

  private static final class Holder {
    // A frozen collator is safe to share between threads.
    static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();
  }
}
