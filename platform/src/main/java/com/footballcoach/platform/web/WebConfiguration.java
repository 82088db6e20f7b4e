package com.footballcoach.platform.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring MVC settings shared by both apps. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Prepared bodies ahead of Jackson: they are written as they are. */
    @Bean
    ServerHttpMessageConvertersCustomizer preparedJsonConverter() {
        return converters -> converters.addCustomConverter(new PreparedJsonConverter());
    }

    /**
     * A 16 KiB socket write buffer per connection (Tomcat's default is 8 KiB): the headers and a
     * body of up to about 15 KiB, such as a page of players, leave in one write instead of two.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(16 * 1024)));
    }
}
