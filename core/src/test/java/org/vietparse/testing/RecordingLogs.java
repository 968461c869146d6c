package org.vietparse.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The tests' SLF4J backend (registered in META-INF/services): every level enabled, the last
 * events kept in memory for {@code LoggingTest} to read. Applications bring their own backend;
 * core ships none.
 */
public final class RecordingLogs implements SLF4JServiceProvider {
  /** One logging call: the logger's name, the level and the formatted message. */
  public record Event(String logger, Level level, String message) {}

  private static final int KEPT = 10_000;
  private static final Deque<Event> EVENTS = new ArrayDeque<>();

  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, Recorder::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** The events recorded while {@code body} ran on any thread. */
  public static List<Event> during(Runnable body) {
    clear();
    body.run();
    synchronized (EVENTS) {
      return new ArrayList<>(EVENTS);
    }
  }

  private static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Recorder extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] args, Throwable t) {
      Event e = new Event(name, level, MessageFormatter.basicArrayFormat(pattern, args));
      synchronized (EVENTS) {
        if (EVENTS.size() == KEPT) {
          EVENTS.removeFirst();
        }
        EVENTS.addLast(e);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker m) {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker m) {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker m) {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker m) {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker m) {
      return true;
    }
  }
}
