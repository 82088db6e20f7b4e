package com.footballcoach.platform.analysis;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;

/**
 * Spring's multipart resolution (with its 5 MB image limit) for every route but the video
 * uploads of {@link VideoUploads#ROUTES}: their bodies stay unread for {@link VideoUploads}.
 */
@Configuration(proxyBeanMethods = false)
class VideoUploadMultipart {

    @Bean(name = "multipartResolver")
    MultipartResolver multipartResolver() {
        List<PathPattern> videoRoutes = Arrays.stream(VideoUploads.ROUTES)
                .map(PathPatternParser.defaultInstance::parse).toList();
        StandardServletMultipartResolver standard = new StandardServletMultipartResolver();
        return new MultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                PathContainer path = PathContainer.parsePath(request.getRequestURI()
                        .substring(request.getContextPath().length()));
                return standard.isMultipart(request) && videoRoutes.stream().noneMatch(p -> p.matches(path));
            }

            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
                return standard.resolveMultipart(request);
            }

            @Override
            public void cleanupMultipart(MultipartHttpServletRequest request) {
                standard.cleanupMultipart(request);
            }
        };
    }
}
