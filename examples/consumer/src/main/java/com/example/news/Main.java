package com.example.news;

import org.vietparse.Extraction;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;

/**
 * A user's program: extracts from one sentence and prints each mention, one a line, as
 * {@code TYPE<tab>text<tab>value}, the value as the mention format writes it. It needs vietparse-core and nothing else.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String sentence = "Chiều 12/3/2025, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết ngân sách "
        + "đã dành hơn 2,5 tỷ đồng cho dự án đường sắt.";
    Extraction x = VietParse.extract(sentence);
    for (Mention m : x.mentions()) {
      System.out.println(m.type() + "\t" + m.text() + "\t" + MentionFormat.value(m));
    }
  }
}
