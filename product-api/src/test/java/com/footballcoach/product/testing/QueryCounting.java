package com.footballcoach.product.testing;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the JDBC statements each HTTP request runs: the DataSource is wrapped so that every
 * {@code prepareStatement}/{@code createStatement}/{@code prepareCall} made on the request's thread
 * is counted, and a filter placed before security (so the user lookup counts too) records the total
 * under the value of the request's {@value #HEADER} header.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    public static final String HEADER = "X-Query-Probe";
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    /**
     * The statements counted for the request that carried this probe value. The filter records the
     * count once the request's chain returns, which may be a moment after the client has read a
     * response sent with its length: this waits for it (at most 5 s).
     */
    public static Integer countFor(String probe) {
        return Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> COUNTS.get(probe), Objects::nonNull);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> queryProbeFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            String probe = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getHeader(HEADER) : null;
            if (probe == null) {
                chain.doFilter(request, response);
                return;
            }
            AtomicInteger counter = new AtomicInteger();
            CURRENT.set(counter);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                COUNTS.put(probe, counter.get());
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? wrap(connection) : result;
                });
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        AtomicInteger counter = CURRENT.get();
                        if (counter != null) {
                            counter.incrementAndGet();
                        }
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
