package app.quadratus.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's DataSource so a test can list the SQL statements its own thread sends while
 * it listens: the way to show that a page asks once for a whole list, not once per row.
 */
public class StatementLog implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> HEARD = new ThreadLocal<>();

	/** Runs the action and returns every statement this thread prepared or executed meanwhile. */
	public static List<String> during(Callable<?> action) throws Exception {
		HEARD.set(new ArrayList<>());
		try {
			action.call();
			return List.copyOf(HEARD.get());
		}
		finally {
			HEARD.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
			return bean;
		}
		return new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				return listening(super.getConnection());
			}

			@Override
			public Connection getConnection(String user, String password) throws SQLException {
				return listening(super.getConnection(user, password));
			}
		};
	}

	private static Connection listening(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					Object result = call(connection, method, args);
					List<String> heard = HEARD.get();
					if (heard != null && args != null && args.length > 0 && args[0] instanceof String sql
							&& (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))) {
						heard.add(sql);
					}
					if (method.getName().equals("createStatement") && result instanceof Statement statement) {
						return listening(statement);
					}
					return result;
				});
	}

	private static Statement listening(Statement statement) {
		return (Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					List<String> heard = HEARD.get();
					if (heard != null && method.getName().startsWith("execute") && args != null && args.length > 0
							&& args[0] instanceof String sql) {
						heard.add(sql);
					}
					return call(statement, method, args);
				});
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
