package org.vietparse.internal.title;

import org.jspecify.annotations.Nullable;
import org.vietparse.title.Title;

/**
 * Makes a {@link Title} with all its parts in one step, checked as the {@code with…} methods
 * check them: the title stage knows every part of a title when it makes it, and a chain of
 * {@code with…} copies made a new value per part for every title of every text. {@link Title}
 * hands its maker here when it is initialized; this package is not exported, so the public API
 * keeps only {@code Title.of} and the copies.
 */
public final class TitleMaker {
  private TitleMaker() {}

  /** Every part of a title; null for a part it has not. */
  @FunctionalInterface
  public interface Maker {
    /**
     * The title with these parts, each checked as {@code Title.of} and the {@code with…} methods
     * check it.
     *
     * @return the title
     * @throws IllegalArgumentException if a part is blank or malformed
     */
    Title make(String canonical, @Nullable String role, @Nullable String org,
        @Nullable String country, @Nullable String countryCode, @Nullable String postedTo,
        Title.@Nullable Kind kind, Title.@Nullable Status status, @Nullable String en,
        @Nullable String defunct, @Nullable String successor);
  }

  private static volatile @Nullable Maker maker;

  /**
   * Called once, by {@link Title}'s initializer.
   *
   * @param m the maker
   * @throws IllegalStateException if a maker is already registered
   */
  public static void register(Maker m) {
    synchronized (TitleMaker.class) {
      if (maker != null) {
        throw new IllegalStateException("a title maker is registered already");
      }
      maker = m;
    }
  }

  /** The maker; initializes {@link Title} first if no title has been made yet. */
  static Maker maker() {
    Maker m = maker;
    if (m == null) {
      Title.of("-");
      m = maker;
      if (m == null) {
        throw new IllegalStateException("Title registered no maker");
      }
    }
    return m;
  }
}
