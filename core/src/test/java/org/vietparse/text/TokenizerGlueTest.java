package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words glued by HTML extraction come apart; mixed-case words stay whole. */
class TokenizerGlueTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1,3 tỷUSD|1 , 3 tỷ USD",
      "5 triệuUSD|5 triệu USD",
      "ThS Nguyễn|ThS Nguyễn",
      "iPhone 16|iPhone 16",
      "McCain nói|McCain nói",
      "Lương CườngTiếp|Lương Cường Tiếp",
      "mRNA|mRNA",
  })
  void splitsGluedWordsOnly(String text, String expected) {
    List<String> tokens = VietText.of(text).tokens().stream().map(Token::text)
        .collect(Collectors.toList());
    assertEquals(List.of(expected.split(" ")), tokens);
  }
}
