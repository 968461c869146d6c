package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words glued by HTML extraction after a two-letter Vietnamese syllable. */
class TokenizerGluedTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '#', value = {
      "Thời sựChủ tịch Quốc hội#Thời|sự|Chủ|tịch|Quốc|hội",
      "Xã hộiBộ trưởng#Xã|hội|Bộ|trưởng",
      "TikTok YouTube#TikTok|YouTube",
      "VnExpress#VnExpress",
      "McCain#McCain"})
  void splits(String in, String out) {
    assertEquals(out,
        VietText.of(in).tokens().stream().map(Token::text).collect(Collectors.joining("|")));
  }
}
