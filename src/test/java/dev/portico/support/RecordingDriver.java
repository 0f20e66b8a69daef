package dev.portico.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The tests' JDBC driver: PostgreSQL's, with a recorder in front. While {@link #record} runs, every statement the app
 * executes is kept with its bound values in place (pgjdbc's {@code PreparedStatement.toString()}), so that a test can
 * ask PostgreSQL for the plan of exactly what a request ran. URL: {@code jdbc:recording:postgresql://…}.
 */
public final class RecordingDriver implements Driver {

    private static final String PREFIX = "jdbc:recording:";
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
    private static final Driver POSTGRES = new org.postgresql.Driver();
    private static volatile List<String> recording;

    static {
        try {
            DriverManager.registerDriver(new RecordingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Runs {@code action} and answers the SQL statements the app executed meanwhile, in order. */
    public static synchronized List<String> record(Runnable action) {
        recording = Collections.synchronizedList(new ArrayList<>());
        try {
            action.run();
            return List.copyOf(recording);
        } finally {
            recording = null;
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = POSTGRES.connect("jdbc:" + url.substring(PREFIX.length()), info);
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof PreparedStatement statement ? recorded(statement) : result;
        });
    }

    private static PreparedStatement recorded(PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            List<String> into = recording;
            if (into != null && EXECUTIONS.contains(method.getName()) && (args == null || args.length == 0)) {
                into.add(target.toString()); // pgjdbc: the SQL with the bound values in place
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (self, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(RecordingDriver.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return POSTGRES.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return POSTGRES.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return POSTGRES.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return POSTGRES.getParentLogger();
    }
}
