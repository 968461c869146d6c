/**
 * vietparse: dates and times, monetary figures, official titles and named officials in
 * Vietnamese news text. Start at {@link org.vietparse.VietParse}.
 */
module org.vietparse {
  requires transitive com.google.common;
  requires com.ibm.icu;
  requires org.slf4j;
  requires static org.jspecify;

  exports org.vietparse;
  exports org.vietparse.date;
  exports org.vietparse.money;
  exports org.vietparse.title;
  exports org.vietparse.official;
}
