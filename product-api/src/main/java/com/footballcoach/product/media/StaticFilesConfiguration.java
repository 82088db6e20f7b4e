package com.footballcoach.product.media;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves {@code STATIC_DIR} under {@code /static/**}; the access table lets anyone read it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaSettings.class)
class StaticFilesConfiguration implements WebMvcConfigurer {

    private final MediaSettings settings;

    StaticFilesConfiguration(MediaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = settings.staticDir().toAbsolutePath().normalize().toUri().toString();
        registry.addResourceHandler("/static/**")
                .addResourceLocations(location.endsWith("/") ? location : location + "/")
                // names are generated per upload, so a stored file never changes
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
